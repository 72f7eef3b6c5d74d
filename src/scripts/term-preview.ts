// Definition previews for defined terms in statute text (<a class="term" data-def="…">). On hover
// or keyboard focus the definition shows in a tooltip (role="tooltip", tied to the link by
// aria-describedby); Escape closes it; the pointer can move onto it without it vanishing. The
// tooltip lives at the end of <body>, never inside the statute text. Without JavaScript the link
// simply leads to the definition.

const TIP_ID = 'term-tip';
let tip: HTMLDivElement | undefined;
let owner: HTMLElement | undefined;
let hideTimer: number | undefined;

function tipEl() {
  if (tip) return tip;
  tip = document.createElement('div');
  tip.id = TIP_ID;
  tip.className = 'term-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  tip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(tip);
  return tip;
}

function show(link: HTMLElement) {
  window.clearTimeout(hideTimer);
  if (owner === link && !tipEl().hidden) return;
  hide();
  const t = tipEl();
  // A defined term carries its definition; a reference outside the library, its explanation.
  const def = link.dataset.def ?? link.title ?? '';
  const at = link.dataset.defAt;
  t.replaceChildren(document.createTextNode(def));
  if (at) {
    const small = document.createElement('span');
    small.className = 'term-tip-at';
    small.textContent = `Defined in ${at}`;
    t.append(' ', small);
  }
  t.hidden = false;
  owner = link;
  link.setAttribute('aria-describedby', TIP_ID);
  place(link, t);
}

function place(link: HTMLElement, t: HTMLElement) {
  const r = link.getBoundingClientRect();
  const width = t.offsetWidth;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
  const below = r.bottom + 6;
  const fitsBelow = below + t.offsetHeight < window.innerHeight || r.top < t.offsetHeight + 12;
  const top = fitsBelow ? below : r.top - t.offsetHeight - 6;
  t.style.left = `${left + window.scrollX}px`;
  t.style.top = `${top + window.scrollY}px`;
}

function hide() {
  window.clearTimeout(hideTimer);
  if (tip) tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const termOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.term[data-def]') : null);

document.addEventListener('mouseover', (e) => { const a = termOf(e); if (a) show(a); });
document.addEventListener('mouseout', (e) => {
  const a = termOf(e);
  if (a && !(e.relatedTarget instanceof Node && (a.contains(e.relatedTarget) || tip?.contains(e.relatedTarget)))) scheduleHide();
});
// References outside the library explain themselves by their title on hover; the tooltip gives the
// same words to keyboard users, who cannot hover.
const outsideOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>('.xref-out[title]') : null);
document.addEventListener('focusin', (e) => { const a = termOf(e) ?? outsideOf(e); if (a) show(a); });
document.addEventListener('focusout', (e) => { if (termOf(e) ?? outsideOf(e)) hide(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && owner) hide(); });
window.addEventListener('resize', () => { if (owner && tip && !tip.hidden) place(owner, tip); });
