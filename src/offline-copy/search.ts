// Search in the downloaded copy (its search/index.html), where Pagefind cannot run: a MiniSearch
// index of every provision page (_copy/search-index.js, loaded with MiniSearch's UMD build by
// classic <script> tags) in place of Pagefind, and everything else the site's search uses: the
// query understanding (src/lib/search: citations, the glossary's English, Urdu and Roman Urdu
// terms, word forms and spellings), its ranking, and the same citation answer
// (src/scripts/search-render.ts). The catalogue, words and glossary come from /data/*.json, which
// the copy's runtime (runtime.ts) serves from .js files. Current texts only unless "Include
// earlier texts" is ticked. State lives in the URL (?q=…&act=…&earlier=1). Everything the reader
// typed goes into the page as text, never as HTML.
import { practiceForm } from '../lib/citation-parse.ts';
import { rank, definedShare, type Candidate, type Understood } from '../lib/search/index.ts';
import { understand, catalogue, citedSectionWords, type CatalogueFileAct } from '../scripts/search-engine.ts';
import { citationAnswer, el, listedLine, sayListedOnce } from '../scripts/search-render.ts';
import { glossaryNote } from '../lib/listed-under.ts';
import { candidateUrls, withLearnedInTopThree } from '../lib/search/learned.ts';
import { INDEX_OPTIONS, tokenize, type CopyDoc } from '../lib/offline/copy-index.ts';
import { searchRuns } from '../scripts/search-runs.ts';
import { countSentence, readingSentences } from '../lib/search/status-text.ts';
import { readSearchState, searchQueryString, searchTitle, type SearchState } from '../scripts/search-state.ts';

interface MiniSearchResult { id: number; score: number; terms: string[]; match: Record<string, string[]> }
interface MiniSearchIndex { search(q: string, o?: Record<string, unknown>): MiniSearchResult[] }
declare const MiniSearch: { loadJS(js: unknown, options: unknown): MiniSearchIndex };
const g = window as unknown as { COPY_SEARCH: { index: unknown; docs: CopyDoc[] } };

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
const byUrl = new Map(docs.map((d) => [d.url, d]));
let acts: CatalogueFileAct[] = [];
const PAGE = 20;
/**
 * Ranking of the index, tuned on tests/relevance-queries.json (tests/e2e/download-copy.spec.ts):
 * as with Pagefind's pageLength 0.1 on the site, a long section that defines or punishes a thing
 * must not lose to a one-line section that mentions it, so length counts little (b).
 */
const BM25 = { k: 0.9, b: 0.1, d: 0.5 };
const BOOST = { title: 3, terms: 2, citation: 2, text: 1.5, told: 0.5 };
const EXCERPT_WORDS = 32;


type State = SearchState;
function readState(): State {
  return readSearchState(location.search);
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
const stateQuery = searchQueryString;

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

let glossaryNotes: Record<string, string> = {};
let markTerms: string[] = [];
function renderResult(r: { doc: CopyDoc; terms: string[] }) {
  const d = r.doc;
  const found = new Set([...r.terms, ...markTerms]);
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
    const ref = `${d.url.split('/')[1]}/${d.url.replace(/^.*\/s([^/]+)\/$/, '$1').toUpperCase()}`;
    const why = d.terms.split(/[;.]\s*/).filter((t) => tokenize(t).some((x) => found.has(x))).slice(0, 3);
    const note = glossaryNotes[ref] ? el('p', { class: 'muted subject-match' }, glossaryNotes[ref]) : listedLine(why, [d.title, p.textContent ?? '']);
    if (note) li.append(note);
  }
  li.insertBefore(p, li.children[2] ?? null);
  return li;
}

let shown: { doc: CopyDoc; terms: string[] }[] = [];
function renderMore() {
  const start = resultsEl.children.length;
  for (const r of shown.slice(start, start + PAGE)) resultsEl.append(renderResult(r));
  sayListedOnce(resultsEl);
  if (moreEl) moreEl.hidden = resultsEl.children.length >= shown.length;
}
moreEl?.querySelector('button')?.addEventListener('click', renderMore);

/** The share of the query's words that the statute's own lines use (its search phrases aside). */
function textShare(d: CopyDoc, words: string[]) {
  const q = words.filter((w) => !/^\d/.test(w)).flatMap((w) => tokenize(w));
  if (!q.length) return 0;
  const own = d.lines.flatMap((l) => tokenize(l[2]));
  return q.filter((x) => own.some((y) => y.startsWith(x.slice(0, Math.max(4, x.length - 3))))).length / q.length;
}

/** 1 when all the query's words stand together in one line of the provision or one of its search phrases, else 0. */
function nearness(d: CopyDoc, words: string[]) {
  if (words.length < 2) return 0;
  const pieces = [...d.lines.map((l) => l[2]), ...d.terms.split(/[;.]/)];
  return pieces.some((p) => {
    const t = tokenize(p);
    return words.every((w) => tokenize(w).every((x) => t.some((y) => y.startsWith(x))));
  }) ? 1 : 0;
}

const runs = searchRuns<State>(form, (state, id) => search(state, id));
const run = (state: State) => runs.run(state);

async function search(state: State, id: number) {
  const q = state.q.trim();
  document.title = searchTitle(q);
  resultsEl.replaceChildren();
  if (moreEl) moreEl.hidden = true;
  if (emptyEl) emptyEl.hidden = true;
  if (forEl) { forEl.textContent = `Results for “${q}”`; forEl.hidden = !q; }
  if (!q) { citeEl.hidden = true; statusEl.textContent = ''; if (actsEl) actsEl.hidden = false; return; }
  acts = await catalogue();
  const u: Understood = await understand(q);
  if (!runs.isLatest(id)) return;
  const filterAct = acts.find((a) => a.act === state.act);
  const answer = await citationAnswer(q, u.citations, { earlier: state.earlier, filterAct });
  if (!runs.isLatest(id)) return;
  citeEl.replaceChildren(...(answer ? [answer.list] : []));
  citeEl.hidden = !answer;
  const citeLinks = answer?.links ?? 0;

  // A query that is only citations is answered above; the text search then looks for provisions
  // that mention the cited sections ("371a"), as on the site.
  const words = u.citationOnly ? citedSectionWords(u) : u.words;
  const passes = (d: CopyDoc) =>
    (state.earlier || d.current) && (!filterAct || d.act === filterAct.abbreviation) && (!state.kind || d.kind === state.kind) &&
    (!state.jurisdiction || d.jurisdiction === state.jurisdiction) && (!state.inforce || d.status === 'in-force');
  const opts = { boost: BOOST, bm25: BM25, prefix: (t: string) => t.length > 3, fuzzy: false, filter: (r: { id: number }) => passes(docs[r.id]) };
  const query = words.join(' ');
  const fields = u.citationOnly ? ['text'] : INDEX_OPTIONS.fields;
  const all = query ? index.search(query, { ...opts, fields, combineWith: 'AND' }) : [];
  const exact = all.length;
  const some = query && words.length > 1 ? index.search(query, { ...opts, fields, combineWith: 'OR' }).filter((r) => !all.some((a) => a.id === r.id)) : [];
  // Some-of-the-words matches follow the full ones, on their own scale.
  const top = Math.min(...all.map((r) => r.score), Infinity);
  const smax = Math.max(1, ...some.map((r) => r.score));
  const found = [...all, ...some.map((r) => ({ ...r, score: (Number.isFinite(top) ? top : 1) * 0.6 * (r.score / smax) }))];
  const terms = new Map(found.map((r) => [r.id, r.terms]));
  const cands: (Candidate & { doc: CopyDoc })[] = found.map((r, i) => {
    const d = docs[r.id];
    return { url: d.url, act: d.url.split('/')[1], heading: d.heading, kind: d.kind, status: d.status, pagefind: r.score, near: i < exact ? nearness(d, words) : 0, text: textShare(d, words), defines: definedShare(d.lines.map((l) => l[2]).join(' '), words), doc: d };
  });
  // Provisions the glossary points to that no word found (current texts, within the filters).
  for (const url of candidateUrls(u)) {
    const d = byUrl.get(url);
    if (!d || !d.current || !passes(d) || cands.some((c) => c.url === url)) continue;
    cands.push({ url, act: url.split('/')[1], heading: d.heading, kind: d.kind, status: d.status, pagefind: 0, near: 0, doc: d });
  }
  glossaryNotes = {};
  for (const t of u.terms) for (const ref of t.term.provisions) glossaryNotes[ref] ??= glossaryNote(t.term.term, t.typed);
  shown = withLearnedInTopThree(rank(cands, u), u).map((c) => ({ doc: c.doc, terms: terms.get(c.doc.id) ?? [] }));
  markTerms = u.citationOnly ? [] : words;

  const n = shown.length;
  const scope = `${filterAct ? ` in the ${filterAct.abbreviation}` : ''}${state.earlier ? ', current and earlier texts' : ''}`;
  const said = readingSentences(u, u.unknown);
  if (actsEl) actsEl.hidden = n > 0 || citeLinks > 0;
  if (!n) {
    statusEl.textContent = [...said, u.citationOnly || !citeLinks ? '' : `No provision${scope} contains the other words of “${q}”.`].filter(Boolean).join(' ');
    if (emptyEl) emptyEl.hidden = citeLinks > 0;
    return;
  }
  const lead = u.citationOnly
    ? `${words.length > 1 ? 'all of ' : ''}${words.map((w) => `s. ${practiceForm(w.toUpperCase())}`).join(', ')} (the section itself or a reference to it)`
    : words.length > 1 ? 'all the words' : words.length ? `“${words[0]}”` : 'the words';
  const counted = countSentence(n, exact, scope, lead, words);
  statusEl.textContent = [...new Set(said), counted].join(' ');
  renderMore();
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
  void run(s);
}
form.addEventListener('submit', (e) => { e.preventDefault(); go(); });
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(go, 120); });
for (const f of [actSelect, earlierBox, kindSelect, jurisdictionSelect, inforceBox]) f?.addEventListener('change', go);

const initial = readState();
void catalogue().then((list) => {
  acts = list;
  fillForm(initial);
  void run({ ...initial, act: actSelect?.value ?? '' });
});
