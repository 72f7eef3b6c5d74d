// Runs the finder in the browser: reads the facts from the URL, ticks them, lists the matches.
import { findProvisions, factsFromParams, FACTS, type Match } from '../lib/finder.ts';
import type { Offence } from '../lib/offence-format.ts';

type Rec = Offence & { abbr: string; summary: string; href: string; url: string; citation: string };
const records: Rec[] = JSON.parse(document.querySelector('#finder-data')!.textContent!);
const form = document.querySelector<HTMLFormElement>('#finder')!;
const out = document.querySelector<HTMLElement>('#finder-results')!;
const yn = (b: boolean | null) => (b === null ? 'law silent' : b ? 'yes' : 'no');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function table(matches: Match[]) {
  const head = el('tr', {}, ...['Provision', 'Offence', 'Punishment', 'Cognizable / bailable / compoundable', 'Court', 'Agency', 'Facts matched'].map((h) => el('th', { scope: 'col' }, h)));
  const rows = matches.map(({ offence, matched }) => {
    const r = offence as Rec;
    return el('tr', { 'data-result': r.id },
      el('td', {}, el('a', { href: r.href }, `s. ${r.citation} ${r.abbr}`), r.current ? '' : el('span', { class: 'tag-earlier' }, ` earlier law (${r.version})`)),
      el('td', {}, el('a', { href: r.url }, r.label)),
      el('td', {}, r.summary),
      el('td', {}, `${yn(r.cognizable)} / ${yn(r.bailable)} / ${yn(r.compoundable)}`),
      el('td', {}, el('small', {}, r.court)),
      el('td', {}, el('small', {}, r.agency)),
      el('td', {}, matched.join(', ').replaceAll('-', ' ')));
  });
  return el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function render() {
  const params = new URLSearchParams(location.search);
  const facts = factsFromParams(params);
  const earlier = params.get('earlier') === '1';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="f"]')) box.checked = facts.includes(box.value);
  form.querySelector<HTMLInputElement>('input[name="earlier"]')!.checked = earlier;
  out.replaceChildren();
  if (!facts.length) { out.append(el('p', {}, 'Tick the facts of the case to see the provisions that may apply.')); return; }
  const pool = records.filter((r) => r.current || earlier);
  const matches = findProvisions(pool, facts);
  const chosen = FACTS.filter((f) => facts.includes(f.id)).map((f) => f.label.toLowerCase()).join('; ');
  out.append(el('h2', {}, `Provisions for: ${chosen}`));
  const groups: [Match['kind'], string][] = [['offence', 'Offences the facts point to'], ['aggravated', 'Aggravated forms the facts trigger'], ['abetment', 'Abetment and conspiracy']];
  let any = false;
  for (const [kind, title] of groups) {
    const list = matches.filter((m) => m.kind === kind);
    if (!list.length) continue;
    any = true;
    out.append(el('h3', {}, `${title} (${list.length})`), table(list));
  }
  if (!any) out.append(el('p', {}, 'No offence record matches these facts. Try fewer facts, or search the text.'));
}

form.addEventListener('change', () => {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const f of data.getAll('f')) params.append('f', String(f));
  if (data.get('earlier')) params.set('earlier', '1');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  render();
});
render();
