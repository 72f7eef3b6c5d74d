// The downloaded copy's header search box (scripts/download-copy.ts adds this classic script to
// every page of the copy). The site's live panel needs Pagefind, which a page opened from the file
// system cannot load; the copy searches on its own search page (search/index.html, MiniSearch). So
// as the reader types (as on the site, not on focus alone), the header's panel (src/components/search/HeaderSearch.astro) says so and
// offers that page for the words typed; Enter submits the form there, as on the site.
const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = document.querySelector<HTMLInputElement>('#site-q');
const panel = document.getElementById('hs-panel');
const statusEl = document.getElementById('hs-status');
const citeEl = document.getElementById('hs-cite');
const resultsEl = document.getElementById('hs-results');
const allLink = document.getElementById('hs-all') as HTMLAnchorElement | null;

if (form && input && panel && statusEl && resultsEl && allLink) {
  input.setAttribute('aria-controls', 'hs-panel');
  input.placeholder = 'Search this copy';
  if (citeEl) citeEl.hidden = true;
  // The form's action is the copy's search page (made relative by the build).
  const searchPage = (q: string) => {
    const u = new URL(form.getAttribute('action') ?? 'search/index.html', location.href);
    if (q) u.searchParams.set('q', q);
    return u.href;
  };
  const foot = allLink.parentElement;
  const close = (focusBox = false) => {
    panel.hidden = true;
    if (focusBox) input.focus();
  };
  // As on the site (src/scripts/header-search.ts): the panel opens for a query typed, never on focus
  // alone, and an emptied box closes it.
  const show = () => {
    const q = input.value.trim();
    if (!q) { close(); return; }
    statusEl.textContent = 'This downloaded copy searches on its own search page: press Enter, or follow the link.';
    const li = document.createElement('li');
    li.className = 'result';
    // In a .result-title, as the site's results are, so the panel's 44 px touch-target rule applies.
    const title = document.createElement('p');
    title.className = 'result-title';
    const a = document.createElement('a');
    a.href = searchPage(q);
    a.dataset.copySearch = '';
    a.textContent = `Search this copy for “${q}”`;
    title.append(a);
    li.append(title);
    resultsEl.replaceChildren(li);
    allLink.href = searchPage(q);
    allLink.textContent = 'The search page of this copy';
    if (foot) for (const s of foot.querySelectorAll('.muted')) s.textContent = ' · Enter searches · Esc closes';
    panel.hidden = false;
  };
  input.addEventListener('input', show);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close(true);
    else if (e.key === 'ArrowDown' && !panel.hidden) { e.preventDefault(); resultsEl.querySelector('a')?.focus(); }
  });
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(true); });
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Node;
    if (!panel.contains(t) && !form.contains(t)) close();
  });
  panel.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (!to || (!panel.contains(to) && !form.contains(to))) close();
  });
}
