// The header search box's results over the page (src/components/search/HeaderSearch.astro).
// Same engine and rendering as the search page (search-engine.ts, search-render.ts); every key
// searches at once. Only this script's own panel is touched; the form keeps its plain action.
import { warm, understand, vocabulary, pagefind, fullText, isKnownNumber, citedSectionWords } from './search-engine.ts';
import { citationAnswer, renderResult, sayListedOnce } from './search-render.ts';
import { readingSentences } from '../lib/search/status-text.ts';

const SHOWN = 6;
const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = document.querySelector<HTMLInputElement>('#site-q');
const panel = document.getElementById('hs-panel');
const statusEl = document.getElementById('hs-status')!;
const citeEl = document.getElementById('hs-cite')!;
const resultsEl = document.getElementById('hs-results')!;
const allLink = document.getElementById('hs-all') as HTMLAnchorElement;

if (form && input && panel) {
  // The box stays a plain search box (aria-expanded is not allowed on one, and the panel is not a
  // listbox): the panel is named by aria-controls, and its status line is a polite live region.
  input.setAttribute('aria-controls', 'hs-panel');
  let runId = 0;

  const open = () => { panel.hidden = false; };
  const close = (focusBox = false) => {
    panel.hidden = true;
    if (focusBox) input.focus();
  };

  async function run(raw: string) {
    const id = ++runId;
    const q = raw.trim();
    form!.dataset.state = 'busy';
    try {
      if (!q) { close(); return; }
      allLink.href = `/search/?q=${encodeURIComponent(q)}`;
      open();
      statusEl.textContent = 'Searching…';
      const u = await understand(q);
      if (id !== runId) return;
      const answer = await citationAnswer(q, u.citations);
      if (id !== runId) return;
      citeEl.replaceChildren(...(answer ? [answer.list] : []));
      citeEl.hidden = !answer;
      const pf = await pagefind();
      if (id !== runId) return;
      if (!pf) { statusEl.textContent = 'The search index could not be loaded; press Enter for the search page.'; return; }
      let words = u.citationOnly ? citedSectionWords(u) : u.words;
      const numbers = words.filter((w) => /^\d/.test(w));
      const known = await Promise.all(numbers.map((w) => isKnownNumber(pf, w)));
      words = words.filter((w) => !numbers.includes(w) || known[numbers.indexOf(w)]);
      const { list } = await fullText(pf, u, words, { version: 'current' });
      if (id !== runId) return;
      const marks = u.citationOnly ? [] : words;
      const said = readingSentences(u);
      statusEl.textContent = [...said, list.length ? `${list.length} provision${list.length === 1 ? '' : 's'} found.` : answer ? '' : 'No provision found; press Enter for the search page and its tips.'].filter(Boolean).join(' ');
      resultsEl.replaceChildren();
      const seen = new Set<string>();
      // Each result is shown, in order, as soon as it and those above it are ready.
      const places = { read: (u.places ?? []).map((p) => p.name), rows: (await vocabulary()).jurisdictions ?? [] };
      for (const pending of list.slice(0, SHOWN + 2).map((r) => renderResult(r, marks, { compact: true, places }))) {
        const li = await pending;
        if (id !== runId) return;
        const url = li.getAttribute('data-result-url') ?? '';
        if (seen.has(url) || seen.size >= SHOWN) continue;
        seen.add(url);
        resultsEl.append(li);
        sayListedOnce(resultsEl);
      }
    } finally {
      if (id === runId) form!.dataset.state = 'done';
    }
  }

  // Pagefind and the data load when the box gets focus, before the first key.
  input.addEventListener('focus', warm);
  input.addEventListener('input', () => void run(input.value));

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) { e.preventDefault(); close(true); }
    else if (e.key === 'ArrowDown' && !panel.hidden) { e.preventDefault(); links()[0]?.focus(); }
    // Tab goes into the results too, not past them to the page under the panel.
    else if (e.key === 'Tab' && !e.shiftKey && !panel.hidden && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  panel.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') { e.preventDefault(); close(true); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); all[Math.min(all.length - 1, i + 1)]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); if (i <= 0) input.focus(); else all[i - 1].focus(); }
  });
  // Escape closes the panel wherever focus is: a later keystroke's results may replace the link
  // that had focus, which leaves focus on the page rather than in the panel.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden && !e.defaultPrevented) { e.preventDefault(); close(true); }
  });
  // A click or focus outside the box and the panel closes it.
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Node;
    if (!panel.hidden && !panel.contains(t) && !form.contains(t)) close();
  });
  document.addEventListener('focusin', (e) => {
    const t = e.target as Node;
    if (!panel.hidden && !panel.contains(t) && !form.contains(t)) close();
  });
}
