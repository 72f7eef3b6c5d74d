// Runs the finder in the browser: reads the facts, date and place from the URL, ticks them, and
// lists the provisions the facts point to, read from the texts in force then and there.
import { unknownFactsMessage } from '../lib/security/input-limits.ts';
import { findProvisions, factsFromParams, scopeRecords, FACTS, type Finding, type FinderRecord, type ScopeAct, type ScopePlace, type Scoped, type ElementStatus } from '../lib/finder/index.ts';
import { earlierWordingWarning, insertionOn } from '../lib/versions/amendments.ts';
import type { SectionFootnotes } from '../lib/finder/footnotes.ts';
import { practiceCitation } from '../lib/citation-format.ts';

type Rec = FinderRecord & {
  id: string; act: string; version: string; current: boolean; label: string; citation: string; abbr: string; summary: string; href: string; url: string;
  cognizable: boolean | null; bailable: boolean | null; compoundable: boolean | null; court: string; agency: string; footnotes: SectionFootnotes[];
};
const data: { records: Rec[]; acts: ScopeAct[]; places: ScopePlace[] } = JSON.parse(document.querySelector('#finder-data')!.textContent!);
const form = document.querySelector<HTMLFormElement>('#finder')!;
const out = document.querySelector<HTMLElement>('#finder-results')!;
const yn = (b: boolean | null) => (b === null ? 'law silent' : b ? 'yes' : 'no');
const factLabel = (id: string) => FACTS.find((f) => f.id === id)?.label ?? id;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined | false)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children.filter((c): c is Node | string => Boolean(c)));
  return e;
}

/** The label with its first letter lowered, unless the first word is a name or an abbreviation ("PPC", "Pakistan"). */
function lowerFirst(label: string) {
  return /^([A-Z]{2,}|Pakistan|Punjab|Sindh)\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function elementList(list: ElementStatus[], met: boolean) {
  if (!list.length) return el('span', { class: 'muted' }, met ? 'none yet' : 'nothing further recorded');
  return el('ul', { class: 'elements' }, ...list.map((s) => el('li', {}, s.of ? `${s.element.label} (${s.of})` : s.element.label,
    s.excused ? el('small', { 'data-excused': '' }, ' — need not be proved: the victim is a child (PTPA s. 7)') : met && s.facts.length ? el('small', { class: 'muted' }, ` — ${s.facts.map(factLabel).join('; ')}`) : null)));
}

/** The first insertion notice among the record's sections (its own, then its defining ones). */
function insertionOf(r: Rec, date: string | null) {
  const all = r.footnotes.map((f) => insertionOn(f.section, f.footnotes, date)).filter((x) => x !== null);
  return all.find((x) => x.state === 'not-in-force') ?? all[0] ?? null;
}

function textCell(s: Scoped<Rec>, date: string | null) {
  const r = s.record;
  const inserted = insertionOf(r, date);
  // A section that did not exist on the date has no earlier wording to warn of.
  const warnings = inserted?.state === 'not-in-force' ? [] : r.footnotes.map((f) => earlierWordingWarning(f.section, f.footnotes, date)).filter((w): w is string => Boolean(w));
  return el('td', { 'data-label': 'Text read from' },
    el('span', { 'data-text-period': '' }, s.textShort),
    inserted ? el('p', { class: 'tag-uncertain', 'data-inserted': inserted.state }, el('strong', {}, inserted.state === 'not-in-force' ? 'Not in force on that date: ' : 'In force on that date not confirmed: '), inserted.text) : null,
    s.standing === 'uncertain' ? el('p', { class: 'tag-uncertain', 'data-uncertain': '' }, el('strong', {}, 'Commencement not confirmed: '), `this text may or may not govern the date; ${s.uncertain}.`) : null,
    s.appliesIn ? el('p', { 'data-applies-in': '' }, el('small', {}, `Governs: ${s.appliesIn.join(', ')}`)) : null,
    s.caveat ? el('p', { class: 'tag-uncertain' }, el('small', {}, s.caveat)) : null,
    ...warnings.map((w) => el('p', { 'data-earlier-wording': '' }, el('small', {}, w))));
}

function table(list: Finding<Rec>[], scoped: Map<string, Scoped<Rec>>, date: string | null, caption: string) {
  const heads = ['Provision', 'Offence', 'Text read from', 'Punishment', 'The facts meet', 'Still to prove', 'Cognizable / bailable / compoundable', 'Court'];
  const rows = list.map((f) => {
    const r = f.offence;
    const s = scoped.get(r.id)!;
    const met = f.elements.filter((e) => e.state === 'met');
    const open = f.elements.filter((e) => e.state === 'open');
    return el('tr', { 'data-result': r.id, 'data-standing': s.standing, 'data-kind': f.kind },
      el('td', { 'data-label': 'Provision' }, el('a', { href: r.href }, `s. ${practiceCitation(r.citation)} ${r.abbr}`), f.basis.length && f.kind !== 'offence' ? el('small', { class: 'muted' }, ` (${f.kind === 'aggravated' ? 'aggravated form of' : 'refers to'} ${f.basis.join(', ')})`) : null),
      el('td', { 'data-label': 'Offence' }, el('a', { href: r.url }, r.label), el('br'), el('small', { class: 'muted' }, `${f.met} of ${f.total} elements met`)),
      textCell(s, date),
      el('td', { 'data-label': 'Punishment' }, r.summary),
      el('td', { 'data-label': 'The facts meet', 'data-met': '' }, elementList(met, true)),
      el('td', { 'data-label': 'Still to prove', 'data-open': '' }, elementList(open, false)),
      el('td', { 'data-label': 'Cognizable / bailable / compoundable' }, `${yn(r.cognizable)} / ${yn(r.bailable)} / ${yn(r.compoundable)}`),
      el('td', { 'data-label': 'Court' }, el('small', {}, r.court)));
  });
  return el('div', { class: 'table-wrap' }, el('table', { class: 'reflow finder-table' },
    el('caption', { class: 'sr-only' }, caption),
    el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows)));
}

function render() {
  const params = new URLSearchParams(location.search);
  const facts = factsFromParams(params);
  const date = params.get('date') || null;
  const place = params.get('place') || null;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="f"]')) box.checked = facts.includes(box.value);
  form.querySelector<HTMLInputElement>('input[name="date"]')!.value = date ?? '';
  form.querySelector<HTMLSelectElement>('select[name="place"]')!.value = place ?? '';
  out.replaceChildren();
  const unknown = new Set(params.getAll('f').filter((f) => !facts.includes(f))).size;
  if (unknown) out.append(el('p', { class: 'notice warn', role: 'note', 'data-finder-ignored': '' }, unknownFactsMessage(unknown)));
  if (!facts.length) { out.append(el('p', {}, 'Tick the facts of the case to see the provisions that may apply.')); return; }

  const scope = scopeRecords({ records: data.records, acts: data.acts, places: data.places, date, place });
  const scoped = new Map(scope.records.map((s) => [s.record.id, s]));
  const validDate = scope.notices.some((n) => n.kind === 'input' && n.text.includes('not a date')) ? null : date;
  const found = findProvisions(scope.records.map((s) => s.record), facts, validDate ? { extraMeets: { circumstances: ['after-commencement'] } } : {});

  // Each fact as labelled, only its first letter lowered: "Pakistan", "PPC s. 361" and "BLSA" keep their capitals.
  out.append(el('h2', {}, `Provisions for: ${facts.map((f) => lowerFirst(factLabel(f))).join('; ')}`));
  out.append(el('p', { 'data-finder-when': '' }, validDate ? `Read from the texts in force on ${validDate}.` : 'No date given: read from the law in force today. Give the date of the offence to read the text in force then.'));
  for (const n of scope.notices) out.append(el('p', { class: `notice ${n.kind === 'place' ? '' : 'warn'}`.trim(), role: 'note', 'data-finder-notice': n.kind }, n.text));

  // A section inserted after the date did not exist then: listed apart, below the offered ones.
  const gone = (f: Finding<Rec>) => insertionOf(f.offence, validDate)?.state === 'not-in-force';
  const notYet = found.filter(gone);
  const offences = found.filter((f) => f.kind !== 'abetment' && !gone(f));
  const abetment = found.filter((f) => f.kind === 'abetment' && !gone(f));
  if (offences.length) out.append(el('h3', {}, `Offences the facts point to (${offences.length}), most elements met first`), table(offences, scoped, validDate, 'Offences the facts point to'));
  if (abetment.length) out.append(el('h3', {}, `Abetment and conspiracy (${abetment.length})`), table(abetment, scoped, validDate, 'Abetment and conspiracy'));
  if (notYet.length) out.append(el('h3', { 'data-not-in-force': '' }, `Not in force on that date (${notYet.length}): sections inserted by a later Act`), table(notYet, scoped, validDate, 'Sections not in force on that date'));
  if (!found.length) out.append(el('p', {}, 'No offence record has an element these facts meet. Try other facts, or search the text.'));
}

function toUrl() {
  const f = new FormData(form);
  const params = new URLSearchParams();
  for (const x of f.getAll('f')) params.append('f', String(x));
  if (f.get('date')) params.set('date', String(f.get('date')));
  if (f.get('place')) params.set('place', String(f.get('place')));
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  render();
}
form.addEventListener('change', toUrl);
form.addEventListener('submit', (e) => { e.preventDefault(); toUrl(); });
render();
