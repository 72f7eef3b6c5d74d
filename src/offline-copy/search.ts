// Search in the downloaded copy (its search/index.html), where Pagefind cannot run: a MiniSearch
// index of every provision page (_copy/search-index.js, loaded with MiniSearch's UMD build by
// classic <script> tags) and the site's own query understanding: citations answered first
// (src/lib/citation-parse.ts, against the catalogue), then words, current texts only unless
// "Include earlier texts" is ticked. The provisions' search terms (readers' words, Roman Urdu
// and Urdu included) are indexed as on the site. State lives in the URL (?q=…&act=…&earlier=1).
// Everything the reader typed goes into the page as text, never as HTML.
import { parseCitations, isCitationOnly, actsOnly, practiceForm, type CatalogueAct, type CatalogueProvision, type ParsedCitation } from '../lib/citation-parse.ts';
import { INDEX_OPTIONS, tokenize, STOP_WORDS, type CopyDoc } from '../lib/offline/copy-index.ts';

interface MiniSearchResult { id: number; score: number; terms: string[]; match: Record<string, string[]> }
interface MiniSearchIndex {
  search(q: string, o?: Record<string, unknown>): MiniSearchResult[];
  autoSuggest(q: string, o?: Record<string, unknown>): { suggestion: string; score: number }[];
}
type CatalogueFileAct = CatalogueAct & { earlier: { label: string; url: string; provisions: CatalogueProvision[] }[] };
declare const MiniSearch: { loadJS(js: unknown, options: unknown): MiniSearchIndex };
const g = window as unknown as { COPY_SEARCH: { index: unknown; docs: CopyDoc[] }; __copyData?: Record<string, unknown> };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const form = $<HTMLFormElement>('search-form')!;
const input = $<HTMLInputElement>('q')!;
const actSelect = $<HTMLSelectElement>('search-act');
const earlierBox = $<HTMLInputElement>('search-earlier');
const kindSelect = $<HTMLSelectElement>('search-kind');
const jurisdictionSelect = $<HTMLSelectElement>('search-jurisdiction');
const inforceBox = $<HTMLInputElement>('search-inforce');
const statusEl = $('search-status')!;
const forEl = $('search-for');
const citeEl = $('citation-answer')!;
const resultsEl = $<HTMLOListElement>('search-results')!;
const moreEl = $('search-more');
const emptyEl = $('search-empty');
const actsEl = $('search-acts');
const filterEl = $('search-act-filter');
$('search-nojs')?.setAttribute('hidden', '');
if (filterEl) filterEl.hidden = true;

const docs = g.COPY_SEARCH.docs;
const index = MiniSearch.loadJS(g.COPY_SEARCH.index, INDEX_OPTIONS);
const acts = ((g.__copyData?.['catalogue.json'] as { acts: CatalogueFileAct[] } | undefined)?.acts ?? []);
const PAGE = 20;
const EXCERPT_WORDS = 32;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c != null) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

interface State { q: string; act: string; earlier: boolean; kind: string; jurisdiction: string; inforce: boolean }
function readState(): State {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', act: p.get('act') ?? '', earlier: p.get('earlier') === '1', kind: p.get('kind') ?? '', jurisdiction: p.get('jurisdiction') ?? '', inforce: p.get('inforce') === '1' };
}
function formState(): State {
  return { q: input.value, act: actSelect?.value ?? '', earlier: !!earlierBox?.checked, kind: kindSelect?.value ?? '', jurisdiction: jurisdictionSelect?.value ?? '', inforce: !!inforceBox?.checked };
}
function fillForm(s: State) {
  input.value = s.q;
  const pick = (sel: HTMLSelectElement | null, v: string) => { if (sel) sel.value = [...sel.options].some((o) => o.value === v) ? v : ''; };
  pick(actSelect, acts.find((a) => a.act === s.act.toLowerCase() || a.abbreviation.toLowerCase() === s.act.toLowerCase())?.act ?? '');
  pick(kindSelect, s.kind);
  pick(jurisdictionSelect, s.jurisdiction);
  if (earlierBox) earlierBox.checked = s.earlier;
  if (inforceBox) inforceBox.checked = s.inforce;
}
function stateQuery(s: State) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.act) p.set('act', s.act);
  if (s.earlier) p.set('earlier', '1');
  if (s.kind) p.set('kind', s.kind);
  if (s.jurisdiction) p.set('jurisdiction', s.jurisdiction);
  if (s.inforce) p.set('inforce', '1');
  return p.toString();
}

// ---------------------------------------------------------------------------------------------
// The citation answer: the same answers, in the same words, as the site's search page.

const theTitle = (t: string) => (/^the /i.test(t) ? t : `the ${t}`);
function renderCitations(cits: ParsedCitation[] | null, state: State) {
  citeEl.replaceChildren();
  const filterAct = acts.find((a) => a.act === state.act);
  if (!cits) {
    const named = actsOnly(state.q, acts);
    if (!named) { citeEl.hidden = true; return 0; }
    const list = el('ul');
    for (const id of named) {
      const act = acts.find((a) => a.act === id)!;
      const url = act.url ?? `/${act.act}/`;
      list.append(el('li', { 'data-result-url': url, 'data-citation': 'act' }, el('a', { class: 'go', href: url }, `Go to ${theTitle(act.fullTitle ?? act.shortTitle)}`), ` (${act.abbreviation}): its sections, versions and status`));
    }
    citeEl.append(list);
    citeEl.hidden = false;
    return named.length;
  }
  const byId = new Map(acts.map((a) => [a.act, a]));
  const list = el('ul');
  let links = 0;
  for (let c of cits) {
    if (!c.act && !c.outside && filterAct && c.candidates?.includes(filterAct.act)) c = parseCitations(`${c.label} ${filterAct.abbreviation}`, acts)?.[0] ?? c;
    const li = el('li', { 'data-citation': c.outside ? 'outside' : c.act ? (c.exists ? 'found' : 'missing') : c.candidates ? 'ambiguous' : 'missing' });
    if (c.outside) {
      li.append(el('strong', {}, c.label), `: the ${c.outside.title} is not in this library, so there is no page to go to.`);
    } else if (c.act && c.exists && c.url) {
      const act = byId.get(c.act)!;
      const prov = act.provisions?.find((p) => p.number === c.section);
      li.setAttribute('data-result-url', c.url.replace(/[?#].*$/, ''));
      li.append(el('a', { class: 'go', href: c.url }, `Go to ${c.label}`));
      if (prov) li.append(` — ${prov.heading}`, prov.status && prov.status !== 'in-force' ? ` (${prov.status})` : '');
      if (c.pinpoint && !c.anchor) li.append(el('br'), el('small', {}, `${c.pinpoint} was not found in s. ${practiceForm(c.section)}: the link opens the whole section.`));
      if (c.inferred) li.append(el('br'), el('small', { class: 'muted' }, `No Act was named: s. ${practiceForm(c.section)} is in the ${act.shortTitle} only.`));
      if (state.earlier) {
        for (const v of act.earlier ?? []) {
          const old = v.provisions.find((p) => p.number === c.section);
          if (old) li.append(el('br'), el('small', {}, 'Earlier text: ', el('a', { href: c.anchor ? `${old.url}#${c.anchor}` : old.url }, `${c.label} (${v.label})`)));
        }
      }
      links++;
    } else if (c.act) {
      const act = byId.get(c.act)!;
      li.append(el('strong', {}, c.label), `: the library has no section ${practiceForm(c.section)} of the ${act.shortTitle}.`, act.extent ? ` It holds ${act.extent.replace(/^Sections/, 'sections')}.` : '');
      li.append(' ', el('a', { href: act.url ?? `/${act.act}/` }, `List of sections of the ${act.abbreviation}`));
    } else if (c.candidates?.length) {
      li.append(el('strong', {}, c.label), ` is in ${c.candidates.length} Acts. Which one?`);
      const sub = el('ul');
      for (const id of c.candidates) {
        const act = byId.get(id)!;
        const prov = act.provisions?.find((p) => p.number === c.section);
        if (!prov) continue;
        const href = c.pinpoint ? parseCitations(`s. ${c.section}${c.pinpoint} ${act.abbreviation}`, acts)?.[0]?.url ?? prov.url : prov.url;
        sub.append(el('li', { 'data-result-url': prov.url }, el('a', { class: 'go', href }, `Go to s. ${practiceForm(c.section)}${c.pinpoint ?? ''} ${act.abbreviation}`), ` — ${prov.heading}`));
        links++;
      }
      li.append(sub);
    } else {
      li.append(el('strong', {}, c.label), ': no Act in the library has this section.');
    }
    list.append(li);
  }
  citeEl.append(list);
  citeEl.hidden = false;
  return links;
}

// ---------------------------------------------------------------------------------------------
// Words

/** The line with most of the found words, and an excerpt of it with those words marked. */
function bestLine(doc: CopyDoc, found: Set<string>) {
  let best: { line: [string, string, string]; hits: number } | undefined;
  for (const line of doc.lines) {
    const hits = new Set(tokenize(line[2]).filter((t) => found.has(t))).size;
    if (hits && (!best || hits > best.hits)) best = { line, hits };
  }
  return best?.line;
}

function excerptOf(text: string, found: Set<string>) {
  const words = text.split(/\s+/);
  const first = Math.max(0, words.findIndex((w) => tokenize(w).some((t) => found.has(t))));
  const start = Math.max(0, Math.min(first - 8, words.length - EXCERPT_WORDS));
  const f = document.createDocumentFragment();
  if (start > 0) f.append('… ');
  words.slice(start, start + EXCERPT_WORDS).forEach((w, i) => {
    if (i) f.append(' ');
    f.append(tokenize(w).some((t) => found.has(t)) ? el('mark', {}, w) : w);
  });
  if (start + EXCERPT_WORDS < words.length) f.append(' …');
  return f;
}

function renderResult(r: MiniSearchResult) {
  const d = docs[r.id];
  const found = new Set(r.terms);
  const li = el('li', { class: 'result', 'data-result-url': d.url });
  li.append(el('h3', { class: 'result-title' }, el('a', { href: d.url }, d.title)));
  const cite = el('p', { class: 'cite' }, d.citation);
  if (!d.current) cite.append(el('span', { class: 'badge', 'data-earlier': '' }, `Earlier text: ${d.versionLabel}`));
  li.append(cite);
  const line = bestLine(d, found);
  const p = el('p', { class: 'excerpt' });
  if (line) {
    if (line[1]) p.append(el('a', { href: `${d.url}#${line[0]}`, 'data-pin': line[0] }, `s. ${d.citation.replace(/^s\. (\S+).*$/, '$1')}${line[1]}`), ': ');
    p.append(excerptOf(line[2], found));
  } else {
    p.append(excerptOf(d.lines[0]?.[2] ?? '', found));
    const why = d.terms.split(/[;.]\s*/).filter((t) => tokenize(t).some((x) => found.has(x))).slice(0, 3);
    if (why.length) li.append(el('p', { class: 'muted subject-match' }, `Listed under: ${why.join('; ')}`));
  }
  li.insertBefore(p, li.children[2] ?? null);
  return li;
}

let shown: MiniSearchResult[] = [];
function renderMore() {
  const start = resultsEl.children.length;
  for (const r of shown.slice(start, start + PAGE)) resultsEl.append(renderResult(r));
  if (moreEl) moreEl.hidden = resultsEl.children.length >= shown.length;
}
moreEl?.querySelector('button')?.addEventListener('click', renderMore);

function run(state: State) {
  const q = state.q.trim();
  document.title = q ? `Search: ${q} · Pakistan Anti-Trafficking Law Library` : 'Search · Pakistan Anti-Trafficking Law Library';
  resultsEl.replaceChildren();
  if (moreEl) moreEl.hidden = true;
  if (emptyEl) emptyEl.hidden = true;
  if (forEl) { forEl.textContent = `Results for “${q}”`; forEl.hidden = !q; }
  if (!q) { citeEl.hidden = true; statusEl.textContent = ''; if (actsEl) actsEl.hidden = false; return; }
  const cits = parseCitations(q, acts);
  const citeLinks = renderCitations(cits, state);
  const citationOnly = isCitationOnly(q, acts);
  const typed = citationOnly
    ? [...new Set((cits ?? []).filter((c) => !c.outside && c.section.length > 1).map((c) => c.section.toLowerCase()))]
    : [...new Set(tokenize(q).filter((t) => !STOP_WORDS.has(t)))];
  const known = typed.filter((w) => index.search(w, { fields: ['title', 'citation', 'terms', 'text'] }).length > 0);
  const unknown = typed.filter((w) => !known.includes(w));
  const filterAct = acts.find((a) => a.act === state.act);
  const filter = (r: { id: number }) => {
    const d = docs[r.id];
    return (state.earlier || d.current) && (!filterAct || d.act === filterAct.abbreviation) && (!state.kind || d.kind === state.kind) &&
      (!state.jurisdiction || d.jurisdiction === state.jurisdiction) && (!state.inforce || d.status === 'in-force');
  };
  const opts = { boost: { title: 3, terms: 2, citation: 2, text: 1 }, prefix: (t: string) => t.length > 3, fuzzy: (t: string) => (t.length > 5 ? 0.2 : false), filter };
  const query = known.join(' ');
  const all = query ? index.search(query, { ...opts, fields: citationOnly ? ['text'] : INDEX_OPTIONS.fields, combineWith: 'AND' }) : [];
  const some = query && known.length > 1 ? index.search(query, { ...opts, combineWith: 'OR' }).filter((r) => !all.some((a) => a.id === r.id)) : [];
  shown = [...all, ...some];
  const scope = `${filterAct ? ` in the ${filterAct.abbreviation}` : ''}${state.earlier ? ', current and earlier texts' : ''}`;
  let notUsed = '';
  if (unknown.length && !citationOnly) {
    notUsed = `No provision uses ${unknown.map((w) => `“${w}”`).join(' or ')}. `;
  }
  if (actsEl) actsEl.hidden = shown.length > 0 || citeLinks > 0;
  if (!shown.length) {
    statusEl.textContent = citationOnly || !citeLinks ? notUsed : `${notUsed}No provision${scope} contains the other words of “${q}”.`;
    offerSpellings(q, unknown, state);
    if (emptyEl) emptyEl.hidden = citeLinks > 0;
    return;
  }
  const lead = citationOnly
    ? `${known.length > 1 ? 'all of ' : ''}${known.map((w) => `s. ${practiceForm(w.toUpperCase())}`).join(', ')} (the section itself or a reference to it)`
    : known.length > 1 ? 'all the words' : `“${known[0]}”`;
  const n = shown.length;
  statusEl.textContent = notUsed + (all.length === n
    ? `${n} provision${n === 1 ? '' : 's'}${scope} contain${n === 1 ? 's' : ''} ${lead}.`
    : all.length
      ? `${all.length} provision${all.length === 1 ? '' : 's'}${scope} contain${all.length === 1 ? 's' : ''} ${lead}; ${n - all.length} more contain some of the words.`
      : `No provision${scope} contains all of “${known.join(' ')}”; ${n} contain some of the words, the closest first.`);
  offerSpellings(q, unknown, state);
  renderMore();
}

/** "Did you mean …?": the closest word the index holds, for each word no provision uses. */
function offerSpellings(q: string, unknown: string[], state: State) {
  let fixed = q;
  let any = false;
  for (const w of unknown) {
    const s = index.autoSuggest(w, { fuzzy: 0.34, prefix: false })[0]?.suggestion;
    if (s && s !== w) { fixed = fixed.replace(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), s); any = true; }
  }
  if (!any) return;
  const a = el('a', { href: `?${stateQuery({ ...state, q: fixed })}`, 'data-suggestion': '' }, fixed);
  a.addEventListener('click', (e) => { e.preventDefault(); input.value = fixed; go(); });
  statusEl.append(/\s$/.test(statusEl.textContent ?? '') ? '' : ' ', 'Did you mean ', a, '?');
}

let timer: ReturnType<typeof setTimeout> | undefined;
function go() {
  clearTimeout(timer);
  const s = formState();
  const qs = stateQuery(s);
  try {
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
  } catch {
    // Some browsers refuse to change a file:// address; the search still runs.
  }
  run(s);
}
form.addEventListener('submit', (e) => { e.preventDefault(); go(); });
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(go, 120); });
for (const f of [actSelect, earlierBox, kindSelect, jurisdictionSelect, inforceBox]) f?.addEventListener('change', go);

const initial = readState();
fillForm(initial);
run({ ...initial, act: actSelect?.value ?? '' });
