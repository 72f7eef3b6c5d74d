// The search page's script (src/pages/search.astro). State lives in the URL: ?q=…&act=<act id>&earlier=1.
// 1. A citation-shaped query is answered first with a "Go to s. 371-A PPC" box (src/lib/citation-parse.ts,
//    against /data/catalogue.json).
// 2. Full-text results come from Pagefind (/pagefind/pagefind.js), current texts only unless "earlier"
//    is ticked. Pagefind needs every word; when few provisions have them all, provisions with some
//    of the words follow, the closest first. Words no provision uses are left out and named.
// 3. Each result shows its title, citation and an excerpt, and links to the sub-sections and clauses
//    the words were found in (worked out from Pagefind's anchors: every statute line has an id).
// Everything the reader typed goes into the page as text (textContent, input.value), never as HTML.
import { parseCitations, isCitationOnly, actsOnly, practiceForm, type CatalogueAct, type CatalogueProvision, type ParsedCitation } from '../lib/citation-parse.ts';
import { contentWords, sameWord, suggest, mergeByWord, proximity, excerpt, pinpointHits, termsStart, contentWordList, type Anchor, type WeightedLocation, type Segment } from '../lib/search-results.ts';

interface PagefindData {
  url: string;
  /** The page's text; raw_content is the same with < and > escaped as HTML entities. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
  locations: number[];
}
interface PagefindResult { id: string; score: number; /** Word positions of the matches. */ words: number[]; data(): Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[]; filters?: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
type CatalogueFileAct = CatalogueAct & { earlier: { label: string; slug?: string; url: string; provisions: CatalogueProvision[] }[] };

interface State { q: string; act: string; earlier: boolean; kind: string; jurisdiction: string; inforce: boolean }

const PAGE = 15;
/**
 * Ranking, tuned on tests/relevance-queries.json (tests/e2e/relevance.spec.ts):
 * - ranking: Pagefind's own. Statute pages are long; pageLength 0.1 (default 0.75) stops the
 *   section that defines or punishes a thing losing to a one-line section that mentions it.
 * - alpha: how much more a provision counts for using the reader's words side by side.
 * - rerank: how many of the top results are reordered (their fragments are loaded to do it).
 * - terms: the share a phrase found among the readers' words (src/lib/search-terms.ts) counts for.
 * - repealed: the factor for repealed and omitted provisions, so they follow the law in force.
 */
const TUNING = {
  ranking: { pageLength: 0.1, termFrequency: 0.9, termSaturation: 1.2 },
  alpha: 1.5,
  rerank: 12,
  terms: 0.5,
  repealed: 0.4,
};
const EXCERPT_WORDS = 32;

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
// Data

let cataloguePromise: Promise<CatalogueFileAct[]> | undefined;
function catalogue() {
  cataloguePromise ??= fetch('/data/catalogue.json')
    .then((r) => (r.ok ? r.json() : { acts: [] }))
    .then((j: { acts: CatalogueFileAct[] }) => j.acts)
    .catch(() => []);
  return cataloguePromise;
}

/** Every provision page by URL, current and earlier, with its Act and number. */
async function pagesByUrl() {
  const map = new Map<string, { act: CatalogueFileAct; prov: CatalogueProvision; earlier?: string }>();
  for (const act of await catalogue()) {
    for (const prov of act.provisions ?? []) map.set(prov.url, { act, prov });
    for (const v of act.earlier ?? []) for (const prov of v.provisions) map.set(prov.url, { act, prov, earlier: v.label });
  }
  return map;
}
let pagesPromise: ReturnType<typeof pagesByUrl> | undefined;
const pages = () => (pagesPromise ??= pagesByUrl());

let vocabularyPromise: Promise<[string, number][]> | undefined;
function vocabulary() {
  vocabularyPromise ??= fetch('/data/search-words.json')
    .then((r) => (r.ok ? r.json() : { words: [] }))
    .then((j: { words: [string, number][] }) => j.words)
    .catch(() => []);
  return vocabularyPromise;
}

let pagefindPromise: Promise<Pagefind | null> | undefined;
function pagefind() {
  pagefindPromise ??= (async () => {
    try {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      // In the page, not a worker: the worker's start-up cost more than the searches it spares the page.
      await pf.options({ excerptLength: EXCERPT_WORDS, ranking: TUNING.ranking, noWorker: true } as Parameters<Pagefind['options']>[0]);
      await pf.init();
      return pf;
    } catch {
      return null;
    }
  })();
  return pagefindPromise;
}

// ---------------------------------------------------------------------------------------------
// State in the URL

function readState(): State {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', act: p.get('act') ?? '', earlier: p.get('earlier') === '1', kind: p.get('kind') ?? '', jurisdiction: p.get('jurisdiction') ?? '', inforce: p.get('inforce') === '1' };
}

function stateUrl(s: State) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.act) p.set('act', s.act);
  if (s.earlier) p.set('earlier', '1');
  if (s.kind) p.set('kind', s.kind);
  if (s.jurisdiction) p.set('jurisdiction', s.jurisdiction);
  if (s.inforce) p.set('inforce', '1');
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function formState(): State {
  return { q: input.value, act: actSelect.value, earlier: earlierBox.checked, kind: kindSelect.value, jurisdiction: jurisdictionSelect.value, inforce: inforceBox.checked };
}

function fillForm(s: State) {
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
// DOM helpers: text only

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c != null) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function segments(segs: Segment[]) {
  const f = document.createDocumentFragment();
  for (const s of segs) f.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return f;
}

const pathOf = (url: string) => url.replace(/[?#].*$/, '');

// ---------------------------------------------------------------------------------------------
// The citation answer

async function renderCitations(cits: ParsedCitation[] | null, state: State, filterAct?: CatalogueFileAct) {
  citeEl.replaceChildren();
  const acts = await catalogue();
  if (!cits) {
    // A query that only names an Act ("PTPA", "Bonded Labour Act") is answered with the Act.
    const named = actsOnly(state.q, acts);
    if (!named) { citeEl.hidden = true; return 0; }
    const list = el('ul');
    for (const id of named) {
      const act = acts.find((a) => a.act === id)!;
      const url = act.url ?? `/${act.act}/`;
      list.append(el('li', { 'data-result-url': url, 'data-citation': 'act' }, el('a', { class: 'go', href: url }, `Go to ${((t) => (/^the /i.test(t) ? t : `the ${t}`))(act.fullTitle ?? act.shortTitle)}`), ` (${act.abbreviation}): its sections, versions and status`));
    }
    citeEl.append(list);
    citeEl.hidden = false;
    return named.length;
  }
  const byId = new Map(acts.map((a) => [a.act, a]));
  const list = el('ul');
  let links = 0;
  for (let c of cits) {
    // The Act filter settles a number several Acts hold.
    if (!c.act && !c.outside && filterAct && c.candidates?.includes(filterAct.act)) {
      c = parseCitations(`${c.label} ${filterAct.abbreviation}`, acts)?.[0] ?? c;
    }
    const li = el('li', { 'data-citation': c.outside ? 'outside' : c.act ? (c.exists ? 'found' : 'missing') : c.candidates ? 'ambiguous' : 'missing' });
    if (c.outside) {
      li.append(el('strong', {}, c.label), `: the ${c.outside.title} is not in this library, so there is no page to go to.`);
    } else if (c.act && c.exists && c.url) {
      const act = byId.get(c.act)!;
      const prov = act.provisions?.find((p) => p.number === c.section);
      li.setAttribute('data-result-url', pathOf(c.url));
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
// Full text

/** A result to show; `locs` gathers the match positions of all the words when they were searched one by one. */
interface Ranked { id: string; score: number; result: PagefindResult; locs?: number[] }

/**
 * A result's data, safe to use alongside other searches. Pagefind's data() returns one cached
 * object per page and writes the calling result's match locations onto it, so two searches that
 * find the same page overwrite each other's locations. The page's own fields (text, anchors,
 * meta, filters) are shared safely; the locations are taken from the result itself (`words`).
 */
const snapshots = new WeakMap<PagefindResult, Promise<PagefindData>>();
function dataOf(r: PagefindResult): Promise<PagefindData> {
  let p = snapshots.get(r);
  if (!p) {
    p = r.data().then((d) => ({
      ...d,
      locations: [...r.words],
      weighted_locations: r.words.map((location) => ({ weight: 1, balanced_score: 1, location })),
    }));
    snapshots.set(r, p);
  }
  return p;
}

const totals = new Map<string, Promise<number>>();
/** How many provisions a filter leaves: the "N" for weighing rare words. */
function totalFor(pf: Pagefind, filters: Record<string, unknown>) {
  const key = JSON.stringify(filters);
  if (!totals.has(key)) totals.set(key, pf.search(null, { filters }).then((r) => r?.results.length || 1));
  return totals.get(key)!;
}

/**
 * Reorders the head of a result list: provisions that use the reader's words together ("debt
 * bondage") move ahead of those that scatter them, and repealed or omitted provisions fall behind
 * the law in force.
 */
async function rerank(list: Ranked[], query: string) {
  if (!list.length) return list;
  const phrase = contentWords(query).length > 1;
  const head = list.slice(0, TUNING.rerank);
  const max = Math.max(...head.map((r) => r.score)) || 1;
  const scored = await Promise.all(head.map(async (r, i) => {
    const d = await dataOf(r.result);
    let near = 0;
    if (phrase) {
      const words = contentWordList(d.content);
      const end = termsStart(d.anchors, words.length);
      // The statute text and the provision's common names count in full, the readers' words for it by half.
      const at = (id: string) => d.anchors.find((a) => a.id === id)?.location;
      const wordsAt = at('search-words') ?? at('search-cite') ?? words.length;
      near = Math.max(
        proximity(query, words.slice(0, end).join(' ')),
        proximity(query, words.slice(end, wordsAt).join(' ')),
        TUNING.terms * proximity(query, words.slice(wordsAt).join(' ')),
      );
    }
    const status = (d.filters.status ?? ['in-force'])[0] === 'in-force' ? 1 : TUNING.repealed;
    return { r, i, s: (r.score / max) * (1 + TUNING.alpha * near) * status };
  }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return [...scored.map((x) => x.r), ...list.slice(TUNING.rerank)];
}

const known = new Map<string, Promise<boolean>>();
/**
 * Whether any provision really uses a word (see sameWord): unknown words are left out of the
 * search. Words of letters are looked up in the statutes' vocabulary, which is small and already
 * loaded; numbers and short words are checked against the index itself.
 */
function isKnown(pf: Pagefind, word: string) {
  if (!known.has(word)) {
    known.set(word, (async () => {
      if (word.length < 2 && !/\d/.test(word)) return false;
      if (/^[a-z]{3,}$/i.test(word)) return (await vocabulary()).some(([w]) => sameWord(word, w));
      const r = await pf.search(word);
      for (const res of (r?.results ?? []).slice(0, 3)) {
        const d = await dataOf(res);
        const words = contentWordList(d.content);
        if (d.locations.some((l) => sameWord(word, words[l]))) return true;
      }
      return false;
    })());
  }
  return known.get(word)!;
}

/** All the words first; if few provisions have them all, provisions with some of them follow. */
async function fullText(pf: Pagefind, query: string, words: string[], filters: Record<string, unknown>) {
  if (!words.length) return { list: [] as Ranked[], exact: 0, counts: undefined };
  const all = await pf.search(words.join(' '), { filters });
  let list: Ranked[] = await rerank((all?.results ?? []).map((r) => ({ id: r.id, score: r.score, result: r })), query);
  const exact = list.length;
  if (list.length < 5 && words.length > 1) {
    const per = await Promise.all(words.map((w) => pf.search(w, { filters })));
    const byId = new Map<string, PagefindResult>();
    const locs = new Map<string, Set<number>>();
    for (const p of per) {
      for (const r of p?.results ?? []) {
        byId.set(r.id, r);
        const set = locs.get(r.id) ?? new Set<number>();
        for (const w of r.words) set.add(w);
        locs.set(r.id, set);
      }
    }
    const seen = new Set(list.map((r) => r.id));
    const merged = mergeByWord(per.map((p) => (p?.results ?? []).map((r) => ({ id: r.id, score: r.score }))), await totalFor(pf, filters))
      .filter((m) => !seen.has(m.id))
      .map((m) => ({ id: m.id, score: m.score, result: byId.get(m.id)!, locs: [...locs.get(m.id)!].sort((a, b) => a - b) }));
    list = [...list, ...(await rerank(merged, query))];
  }
  return { list, exact, counts: list.length === exact ? all?.filters?.act : undefined };
}

async function actCounts(ranked: Ranked[], counts: Record<string, number> | undefined) {
  if (counts) return counts;
  const out: Record<string, number> = {};
  const data = await Promise.all(ranked.slice(0, 200).map((r) => dataOf(r.result)));
  for (const d of data) for (const a of d.filters.act ?? []) out[a] = (out[a] ?? 0) + 1;
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

/** The phrases of the hidden subject words (after `end`) that contain a match. */
function subjectPhrases(words: string[], end: number, locations: number[]) {
  const hit = new Set(locations.filter((l) => l >= end));
  const out: string[] = [];
  let phrase: string[] = [], has = false;
  for (let i = end; i <= words.length; i++) {
    const w = words[i];
    if (w !== undefined) { phrase.push(w); if (hit.has(i)) has = true; }
    if (w === undefined || /[;.]$/.test(w)) {
      const text = phrase.join(' ').replace(/[;.]$/, '');
      if (has && text && !/^s\.\d|^\d/.test(text)) out.push(text);
      phrase = []; has = false;
    }
  }
  return [...new Set(out)].slice(0, 3);
}

async function renderResult(r: Ranked) {
  const d = await dataOf(r.result);
  const info = (await pages()).get(d.url);
  const words = contentWordList(d.content);
  const end = termsStart(d.anchors, words.length);
  const sectionId = info ? (info.prov.number === 'preamble' ? 'preamble' : `s${info.prov.number.toLowerCase()}`) : undefined;
  const bodyStart = d.anchors.find((a) => a.id === sectionId)?.location ?? 0;
  const located = (r.locs ?? d.locations).map((location) => ({ weight: 1, balanced_score: 1, location }));
  const inBody = located.filter((l) => l.location >= bodyStart && l.location < end);

  const li = el('li', { class: 'result', 'data-result-url': d.url });
  li.append(el('h3', { class: 'result-title' }, el('a', { href: withMarks(d.url) }, d.meta.title ?? d.url)));
  const cite = el('p', { class: 'cite' }, d.meta.citation ?? '');
  if (d.filters.version?.[0] === 'earlier') cite.append(el('span', { class: 'badge', 'data-earlier': '' }, `Earlier text: ${d.meta.version ?? 'not current'}`));
  li.append(cite);
  // The excerpt is taken from the sub-section or clause with most of the words, and says which it
  // is; up to three more clauses where the words were found follow as links.
  const pins = info?.prov.pins && Object.keys(info.prov.pins).length > 1 ? info.prov.pins : undefined;
  const hits = pins ? pinpointHits(d.anchors, inBody, pins, end).filter((h) => h.cite) : [];
  const pinLabel = (cite: string) => `s. ${practiceForm(info!.prov.number)}${cite}`;
  const main = el('p', { class: 'excerpt' });
  const best = hits[0];
  if (best) {
    main.append(el('a', { href: withMarks(`${d.url}#${best.id}`), 'data-pin': best.id }, pinLabel(best.cite)), ': ');
    main.append(segments(excerpt(words, inBody, EXCERPT_WORDS, best.from, best.to)));
  } else {
    main.append(segments(excerpt(words, inBody, EXCERPT_WORDS, bodyStart, end)));
  }
  li.append(main);
  if (located.some((l) => l.location >= end)) {
    // Found (also) by the library's subject words for the provision: say which, so the reader sees why.
    const subject = subjectPhrases(words, end, located.map((l) => l.location));
    if (subject.length) li.append(el('p', { class: 'muted subject-match' }, `Listed under: ${subject.join('; ')}`));
  }
  if (hits.length > 1) {
    const ul = el('ul', { class: 'pins', 'aria-label': 'Also found in' });
    for (const h of hits.slice(1, 4)) {
      ul.append(el('li', {}, el('a', { href: withMarks(`${d.url}#${h.id}`), 'data-pin': h.id }, pinLabel(h.cite)), ': ', segments(excerpt(words, inBody, 20, h.from, h.to))));
    }
    li.append(ul);
  }
  return li;
}

// ---------------------------------------------------------------------------------------------

let runId = 0;
let shown: Ranked[] = [];
/** The searched words, carried to the page a result opens so they are marked there. */
let markWords: string[] = [];
function withMarks(url: string) {
  if (!markWords.length) return url;
  const [path, hash] = url.split('#');
  return `${path}?${markWords.map((w) => `highlight=${encodeURIComponent(w)}`).join('&')}${hash ? `#${hash}` : ''}`;
}

/** Runs a search; the form's data-state is "busy" meanwhile and "done" once results are shown. */
async function run(state: State) {
  const id = ++runId;
  form.dataset.state = 'busy';
  try {
    await search(state, id);
  } finally {
    if (id === runId) form.dataset.state = 'done';
  }
}

async function search(state: State, id: number) {
  const q = state.q.trim();
  document.title = q ? `Search: ${q} · Pakistan Anti-Trafficking Law Library` : 'Search · Pakistan Anti-Trafficking Law Library';
  resultsEl.replaceChildren();
  moreEl.hidden = true;
  emptyEl.hidden = true;
  forEl.textContent = `Results for “${q}”`;
  forEl.hidden = !q;
  if (!q) {
    citeEl.hidden = true;
    filterEl.hidden = true;
    statusEl.textContent = '';
    actsEl.hidden = false;
    return;
  }
  statusEl.textContent = 'Searching…';
  const acts = await catalogue();
  const filterAct = await resolveAct(state.act);
  // "?act=PSMA" shows in the form as the Act it names.
  actSelect.value = filterAct?.act ?? '';
  const cits = parseCitations(q, acts);
  const citeLinks = await renderCitations(cits, state, filterAct);
  if (id !== runId) return;

  const pf = await pagefind();
  if (id !== runId) return;
  if (!pf) {
    statusEl.textContent = 'The search index could not be loaded. Citations are still answered above; for words, browse the Acts below.';
    actsEl.hidden = false;
    filterEl.hidden = true;
    return;
  }
  // A query that is only citations is answered by the box above; the text search then looks for
  // provisions that mention the cited sections ("371a"), not for "u/s", "r/w" or the Act's name.
  const citationOnly = isCitationOnly(q, acts);
  const typed = citationOnly
    ? [...new Set((cits ?? []).filter((c) => !c.outside && c.section.length > 1).map((c) => c.section.toLowerCase()))]
    : contentWords(q);
  const knownFlags = await Promise.all(typed.map((w) => isKnown(pf, w)));
  const words = typed.filter((_, i) => knownFlags[i]);
  markWords = citationOnly ? [] : words;
  const unknown = typed.filter((_, i) => !knownFlags[i]);
  const base: Record<string, unknown> = state.earlier ? {} : { version: 'current' };
  if (state.kind) base.kind = state.kind;
  if (state.jurisdiction) base.jurisdiction = state.jurisdiction;
  if (state.inforce) base.status = 'in-force';
  const all = await fullText(pf, q, words, base);
  const narrowed = filterAct ? await fullText(pf, q, words, { ...base, act: filterAct.abbreviation }) : all;
  if (id !== runId) return;
  // The per-Act counts need every result's data: they follow the first results, not precede them.
  const showFilter = async () => {
    const counts = await actCounts(all.list, all.counts);
    if (id === runId) await renderFilter(filterAct?.act ?? '', counts);
  };
  // A provision the citation box already links to is not repeated at the top of the results.
  const linked = new Set([...citeEl.querySelectorAll('[data-result-url]')].map((e) => e.getAttribute('data-result-url')));
  shown = narrowed.list;
  const n = shown.length;
  const scope = `${filterAct ? ` in the ${filterAct.abbreviation}` : ''}${state.earlier ? ', current and earlier texts' : ''}`;
  const notUsed = unknown.length && !citationOnly ? `No provision uses ${unknown.map((w) => `“${w}”`).join(' or ')}. ` : '';
  // A spelling the statutes use, for each word they do not: "traficking" -> "trafficking".
  const fixes = unknown.length && !citationOnly ? await spellings(unknown) : [];
  if (id !== runId) return;
  if (!n) {
    statusEl.textContent = citationOnly || !citeLinks ? notUsed : `${notUsed}No provision${scope} contains the other words of “${q}”.`;
    offerSpellings(q, fixes, state);
    emptyEl.hidden = citeLinks > 0;
    actsEl.hidden = citeLinks > 0;
    if (!citeLinks) $('search-empty-h').textContent = `No provision found for “${q}”${scope}`;
    await showFilter();
    return;
  }
  actsEl.hidden = true;
  const lead = citationOnly
    ? `${words.length > 1 ? 'all of ' : ''}${words.map((w) => `s. ${practiceForm(w.toUpperCase())}`).join(', ')} (the section itself or a reference to it)`
    : words.length > 1 ? 'all the words' : `“${words[0]}”`;
  statusEl.textContent = notUsed + (narrowed.exact === n
    ? `${n} provision${n === 1 ? '' : 's'}${scope} contain${n === 1 ? 's' : ''} ${lead}.`
    : narrowed.exact
      ? `${narrowed.exact} provision${narrowed.exact === 1 ? '' : 's'}${scope} contain${narrowed.exact === 1 ? 's' : ''} ${lead}; ${n - narrowed.exact} more contain some of the words.`
      : `No provision${scope} contains all of “${words.join(' ')}”; ${n} contain some of the words, the closest first.`);
  offerSpellings(q, fixes, state);
  await renderMore(id, linked);
  await showFilter();
}

async function spellings(unknown: string[]) {
  const vocab = await vocabulary();
  return unknown.map((w) => [w, suggest(w, vocab)] as const).filter((x): x is readonly [string, string] => !!x[1]);
}

/** "Did you mean trafficking?", as a link to the same search with the spelling put right. */
function offerSpellings(q: string, fixes: (readonly [string, string])[], state: State) {
  if (!fixes.length) return;
  let fixed = q;
  for (const [from, to] of fixes) fixed = fixed.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), to);
  const a = el('a', { href: stateUrl({ ...state, q: fixed }), 'data-suggestion': '' }, fixed);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    input.value = fixed;
    go(true);
  });
  statusEl.append(/\s$/.test(statusEl.textContent ?? '') ? '' : ' ', 'Did you mean ', a, '?');
}

async function renderMore(id: number, linked?: Set<string | null>) {
  const start = resultsEl.children.length;
  const next = shown.slice(start, start + PAGE);
  // All fragments load at once; each result is shown, in order, as soon as it and those above it are ready.
  const items = next.map(renderResult);
  for (const pending of items) {
    const li = await pending;
    if (id !== runId) return;
    if (linked?.has(li.getAttribute('data-result-url'))) li.setAttribute('data-also-cited', '');
    resultsEl.append(li);
  }
  moreEl.hidden = resultsEl.children.length >= shown.length;
}

moreEl.querySelector('button')!.addEventListener('click', () => renderMore(runId));

// ---------------------------------------------------------------------------------------------
// Events

let timer: ReturnType<typeof setTimeout> | undefined;

function go(push: boolean) {
  clearTimeout(timer);
  const s = formState();
  const url = stateUrl(s);
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(s);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  go(true);
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  // A short pause, so a search runs when typing stops rather than at every key.
  timer = setTimeout(() => go(false), 0);
});
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
// Load the index and the catalogue while the reader types, not after.
void pagefind();
void catalogue();
void vocabulary();
