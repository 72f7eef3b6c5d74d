// The search page's script (src/pages/search.astro): URL state and rendering only. State lives
// in the URL: ?q=…&act=<act id>&kind=…&jurisdiction=…&inforce=1&earlier=1.
// The query is read by the pure pipeline (src/lib/search/understandQuery, via search-engine.ts):
// citations are answered first with a "Go to s. 371-A PPC" box; then full-text results ranked by
// src/lib/search/rank.ts, current texts only unless "earlier" is ticked. The page says what it
// did: "Showing results for …" after a spelling correction, how it read Urdu and Roman Urdu.
// Everything the reader typed goes into the page as text (textContent, input.value), never as HTML.
import { MAX_QUERY_CHARS, overLongQueryMessage } from '../lib/security/input-limits.ts';
import { practiceForm } from '../lib/citation-parse.ts';
import { catalogue, pagefind, vocabulary, understand, fullText, isKnownNumber, citedSectionWords, dataOf, pages, type Ranked, type CatalogueFileAct } from './search-engine.ts';
import { el, citationAnswer, renderResult, sayListedOnce, type PlacesRead } from './search-render.ts';
import { glossaryNote } from '../lib/listed-under.ts';
import { searchRuns } from './search-runs.ts';
import { countSentence, readingSentences } from '../lib/search/status-text.ts';
import { readSearchState, searchQueryString, searchTitle, type SearchState } from './search-state.ts';

type State = SearchState;

const PAGE = 15;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('q');
const actSelect = $<HTMLSelectElement>('search-act');
const earlierBox = $<HTMLInputElement>('search-earlier');
const kindSelect = $<HTMLSelectElement>('search-kind');
const jurisdictionSelect = $<HTMLSelectElement>('search-jurisdiction');
const inforceBox = $<HTMLInputElement>('search-inforce');
const statusEl = $('search-status');
const forEl = $('search-for');
const filterEl = $('search-act-filter');
const citeEl = $('citation-answer');
const resultsEl = $<HTMLOListElement>('search-results');
const moreEl = $('search-more');
const emptyEl = $('search-empty');
const actsEl = $('search-acts');

$('search-nojs').hidden = true;

// ---------------------------------------------------------------------------------------------
// State in the URL

function readState(): State {
  return readSearchState(location.search);
}

function stateUrl(s: State) {
  const qs = searchQueryString(s);
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function formState(): State {
  return { q: input.value, act: actSelect.value, earlier: earlierBox.checked, kind: kindSelect.value, jurisdiction: jurisdictionSelect.value, inforce: inforceBox.checked };
}

/** Phone widths, where the choices would push the first result below the first screen. */
const NARROW = '(max-width: 40rem)';

function fillForm(s: State) {
  // On a phone the choices fold away once there is a query and none of them is set: the results
  // come first; "Narrow the search" opens them. Open everywhere else, and without JavaScript.
  const options = document.getElementById('search-options') as HTMLDetailsElement | null;
  if (options && s.q && matchMedia(NARROW).matches) options.open = !!(s.act || s.kind || s.jurisdiction || s.earlier || s.inforce);
  input.value = s.q;
  actSelect.value = [...actSelect.options].some((o) => o.value === s.act) ? s.act : '';
  earlierBox.checked = s.earlier;
  const pick = (sel: HTMLSelectElement, v: string) => ([...sel.options].some((o) => o.value === v) ? v : '');
  kindSelect.value = pick(kindSelect, s.kind);
  jurisdictionSelect.value = pick(jurisdictionSelect, s.jurisdiction);
  inforceBox.checked = s.inforce;
}

/** The Act filter accepts an Act id or its abbreviation, in any case. */
async function resolveAct(value: string) {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  return (await catalogue()).find((a) => a.act === v || a.abbreviation.toLowerCase() === v);
}

// ---------------------------------------------------------------------------------------------
// Rendering

async function actCounts(ranked: Ranked[], counts: Record<string, number> | undefined) {
  if (counts) return counts;
  const out: Record<string, number> = {};
  const data = await Promise.all(ranked.slice(0, 200).filter((r) => r.result).map((r) => dataOf(r.result!)));
  for (const d of data) for (const a of d.filters.act ?? []) out[a] = (out[a] ?? 0) + 1;
  // Provisions the glossary brought without a text match count in their Act's tab too, so the
  // tabs add up to the number of results the page states.
  const byUrl = await pages();
  for (const r of ranked.slice(0, 200).filter((x) => !x.result && x.url)) {
    const a = byUrl.get(r.url!)?.act.abbreviation;
    if (a) out[a] = (out[a] ?? 0) + 1;
  }
  return out;
}

async function renderFilter(actId: string, counts: Record<string, number>) {
  filterEl.replaceChildren();
  const acts = await catalogue();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const button = (value: string, text: string, n: number) => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-act': value, 'aria-pressed': String(actId === value) }, `${text} (${n})`);
    b.addEventListener('click', () => {
      actSelect.value = value;
      go(true);
    });
    return b;
  };
  filterEl.append(button('', 'All Acts', total));
  for (const a of acts) {
    const n = counts[a.abbreviation] ?? 0;
    if (n || a.act === actId) filterEl.append(button(a.act, a.abbreviation, n));
  }
  filterEl.hidden = total === 0 && !actId;
}

let shown: Ranked[] = [];
let glossaryNotes: Record<string, string> = {};
/** The places the query was read as naming, for the note on a bonded-labour card of another place's text. */
let placesRead: PlacesRead | undefined;
/** The searched words, carried to the page a result opens so they are marked there. */
let markWords: string[] = [];
const shownUrls = new Set<string>();

const runs = searchRuns<State>(form, (state, id) => search(state, id));
const run = (state: State) => runs.run(state);

async function search(state: State, id: number) {
  const q = state.q.trim();
  document.title = searchTitle(q);
  resultsEl.replaceChildren();
  shownUrls.clear();
  moreEl.hidden = true;
  emptyEl.hidden = true;
  forEl.textContent = `Results for “${q.length > MAX_QUERY_CHARS ? `${q.slice(0, 80)}…` : q}”`;
  forEl.hidden = !q;
  if (q.length > MAX_QUERY_CHARS) {
    citeEl.hidden = true;
    filterEl.hidden = true;
    statusEl.textContent = overLongQueryMessage(q.length);
    actsEl.hidden = false;
    return;
  }
  if (!q) {
    citeEl.hidden = true;
    filterEl.hidden = true;
    statusEl.textContent = '';
    actsEl.hidden = false;
    return;
  }
  statusEl.textContent = 'Searching…';
  const [u, filterAct] = await Promise.all([understand(q), resolveAct(state.act)]);
  if (!runs.isLatest(id)) return;
  // "?act=PSMA" shows in the form as the Act it names.
  actSelect.value = filterAct?.act ?? '';
  const answer = await citationAnswer(q, u.citations, { earlier: state.earlier, filterAct });
  citeEl.replaceChildren(...(answer ? [answer.list] : []));
  citeEl.hidden = !answer;
  const citeLinks = answer?.links ?? 0;
  if (!runs.isLatest(id)) return;

  const pf = await pagefind();
  if (!runs.isLatest(id)) return;
  if (!pf) {
    statusEl.textContent = 'The search index could not be loaded. Citations are still answered above; for words, browse the Acts below.';
    actsEl.hidden = false;
    filterEl.hidden = true;
    return;
  }
  // A query that is only citations is answered by the box above; the text search then looks for
  // provisions that mention the cited sections ("371a"), not for "u/s", "r/w" or the Act's name.
  let words = u.citationOnly ? citedSectionWords(u) : u.words;
  const numbers = words.filter((w) => /^\d/.test(w));
  const knownNumbers = await Promise.all(numbers.map((w) => isKnownNumber(pf, w)));
  const unknownNumbers = numbers.filter((_, i) => !knownNumbers[i]);
  words = words.filter((w) => !unknownNumbers.includes(w));
  markWords = u.citationOnly ? [] : words;
  glossaryNotes = {};
  placesRead = { read: (u.places ?? []).map((p) => p.name), rows: (await vocabulary()).jurisdictions ?? [] };
  for (const t of u.terms) for (const ref of t.term.provisions) glossaryNotes[ref] ??= glossaryNote(t.term.term, t.typed);
  const base: Record<string, unknown> = state.earlier ? {} : { version: 'current' };
  if (state.kind) base.kind = state.kind;
  if (state.jurisdiction) base.jurisdiction = state.jurisdiction;
  if (state.inforce) base.status = 'in-force';
  const all = await fullText(pf, u, words, base);
  const narrowed = filterAct ? await fullText(pf, u, words, { ...base, act: filterAct.abbreviation }) : all;
  if (!runs.isLatest(id)) return;
  const showFilter = async () => {
    const counts = await actCounts(all.list, all.counts);
    if (runs.isLatest(id)) await renderFilter(filterAct?.act ?? '', counts);
  };
  // A provision the citation box already links to is not repeated at the top of the results.
  const linked = new Set([...citeEl.querySelectorAll('[data-result-url]')].map((e) => e.getAttribute('data-result-url')));
  shown = narrowed.list;
  const n = shown.length;
  const scope = `${filterAct ? ` in the ${filterAct.abbreviation}` : ''}${state.earlier ? ', current and earlier texts' : ''}`;
  const unknown = [...(u.citationOnly ? [] : u.unknown), ...unknownNumbers];
  const said = readingSentences(u, unknown);
  const lead = u.citationOnly
    ? `${words.length > 1 ? 'all of ' : ''}${words.map((w) => `s. ${practiceForm(w.toUpperCase())}`).join(', ')} (the section itself or a reference to it)`
    // Words no provision uses were left out: the count is of the others, and says so.
    : words.length > 1 ? (unknown.length ? 'all the other words' : 'all the words') : words.length ? `“${words[0]}”` : 'the words';
  if (!n) {
    // A screen reader hears the status line: a citation answered above is said to be there.
    const cited = citeLinks ? `The citation is answered above (${citeLinks === 1 ? 'one link' : `${citeLinks} links`}).` : '';
    statusEl.textContent = [...said, cited, u.citationOnly || !citeLinks ? '' : `No provision${scope} contains the other words of “${q}”.`].filter(Boolean).join(' ');
    offerAlternatives(u.alternatives, state);
    emptyEl.hidden = citeLinks > 0;
    actsEl.hidden = citeLinks > 0;
    if (!citeLinks) $('search-empty-h').textContent = `No provision found for “${q}”${scope}`;
    await showFilter();
    return;
  }
  actsEl.hidden = true;
  const exact = narrowed.exact;
  const counted = countSentence(n, exact, scope, lead, words);
  showStatus([...new Set(said)], counted);
  offerAlternatives(u.alternatives, state);
  await renderMore(id, linked);
  await showFilter();
}

// Past this many characters the reading of a long story folds away, so the results stay on a phone's first screen.
const READING_SHOWN = 160;

/**
 * The status line after results: how the query was read, then the count. A long reading (a story told at length)
 * is folded under "How your words were read", after the count, which a screen reader hears first.
 */
function showStatus(said: string[], counted: string) {
  const reading = said.join(' ');
  if (reading.length <= READING_SHOWN) { statusEl.textContent = [reading, counted].filter(Boolean).join(' '); return; }
  // What changes the results or the law they are read under is never folded away: words searched in place of those
  // typed ("Showing results for …") and a place read for the bonded-labour law given there (a Sindh place's partial text).
  const kept = said.filter((x) => /^Showing results for|is read as a place/.test(x));
  statusEl.textContent = [...kept, counted].join(' ') + ' ';
  const rest = said.filter((x) => !kept.includes(x));
  if (!rest.length) return;
  const details = el('details', { class: 'reading' });
  details.append(el('summary', {}, 'How your words were read'), el('span', {}, rest.join(' ')));
  statusEl.append(details);
}

/** "Or did you mean …": other words as near as the correction, as links to that search. */
function offerAlternatives(alts: string[], state: State) {
  if (!alts.length) return;
  statusEl.append(' Or did you mean ');
  alts.forEach((w, i) => {
    const a = el('a', { href: stateUrl({ ...state, q: w }), 'data-suggestion': '' }, w);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      input.value = w;
      go(true);
    });
    statusEl.append(i ? ', ' : '', a);
  });
  statusEl.append('?');
}

async function renderMore(id: number, linked?: Set<string | null>) {
  const start = resultsEl.children.length;
  const next = shown.slice(start, start + PAGE);
  // All fragments load at once; each result is shown, in order, as soon as it and those above it are ready.
  const items = next.map((r) => renderResult(r, markWords, { places: placesRead, glossaryNote: r.url ? glossaryNotes[r.url.replace(/^\/([^/]+)\/s([^/]+)\/$/, (_m, a: string, n: string) => `${a}/${n.toUpperCase()}`)] : undefined }));
  for (const pending of items) {
    const li = await pending;
    if (!runs.isLatest(id)) return;
    const url = li.getAttribute('data-result-url') ?? '';
    if (shownUrls.has(url)) continue;
    shownUrls.add(url);
    if (linked?.has(url)) li.setAttribute('data-also-cited', '');
    resultsEl.append(li);
    sayListedOnce(resultsEl);
  }
  moreEl.hidden = start + PAGE >= shown.length;
}

moreEl.querySelector('button')!.addEventListener('click', () => renderMore(runs.latest()));

// ---------------------------------------------------------------------------------------------
// Events

function go(push: boolean) {
  const s = formState();
  const url = stateUrl(s);
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(s);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  go(true);
});
// Every key searches at once: no typing delay.
input.addEventListener('input', () => go(false));
actSelect.addEventListener('change', () => go(true));
earlierBox.addEventListener('change', () => go(true));
for (const f of [kindSelect, jurisdictionSelect, inforceBox]) f.addEventListener('change', () => go(true));
window.addEventListener('popstate', () => {
  const s = readState();
  fillForm(s);
  void run(s);
});

const initial = readState();
fillForm(initial);
void run(initial);
// Load the index and the data while the reader types, not after.
void pagefind();
void vocabulary();
export type { CatalogueFileAct };
