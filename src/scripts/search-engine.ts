// The search in the browser, shared by the search page (search.ts) and the header's results
// over the page (header-search.ts): loads the data and Pagefind, reads the query with the pure
// pipeline (src/lib/search/understandQuery) and ranks with src/lib/search/rank. No rendering.
import { understandQuery, rank, score, definedShare, ageLimitsIn, type Understood, type SearchVocabulary, type Candidate } from '../lib/search/index.ts';
import { vocabularyFrom, type SearchWordsFile, type GlossaryFile } from '../lib/search/vocabulary.ts';
import { learnedReading, learnedShare, candidateUrls, withLearnedInTopThree, type LearnedModel } from '../lib/search/learned.ts';
import { contentWords, sameWord, mergeByWord, proximity, termsStart, contentWordList, type Anchor, type WeightedLocation } from '../lib/search-results.ts';
import type { CatalogueAct, CatalogueProvision } from '../lib/citation-parse.ts';

export interface PagefindData {
  url: string;
  /** The page's text; raw_content is the same with < and > escaped as HTML entities. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
  locations: number[];
}
export interface PagefindResult { id: string; score: number; /** Word positions of the matches. */ words: number[]; data(): Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[]; filters?: Record<string, Record<string, number>> }
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload?(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}
export type CatalogueFileAct = CatalogueAct & { jurisdiction?: string; version?: string; partial?: string; earlier: { label: string; slug?: string; url: string; provisions: CatalogueProvision[] }[] };

export const EXCERPT_WORDS = 32;
/**
 * Pagefind's own ranking: statute pages are long; pageLength 0.1 (default 0.75) stops the section
 * that defines or punishes a thing losing to a one-line section that mentions it.
 */
const PAGEFIND_RANKING = { pageLength: 0.1, termFrequency: 0.9, termSaturation: 1.2 };
/** How many of Pagefind's top results are loaded to be reranked (their fragments are fetched). */
const RERANK = 12;

// ---------------------------------------------------------------------------------------------
// Data, each fetched once

const json = <T>(url: string, empty: T) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : empty)).catch(() => empty);

let cataloguePromise: Promise<CatalogueFileAct[]> | undefined;
export const catalogue = () => (cataloguePromise ??= json<{ acts: CatalogueFileAct[] }>('/data/catalogue.json', { acts: [] }).then((j) => j.acts));

let vocabularyPromise: Promise<SearchVocabulary> | undefined;
/** The catalogue, the library's words and the glossary, for understandQuery(). */
export const vocabulary = () =>
  (vocabularyPromise ??= Promise.all([
    catalogue(),
    json<SearchWordsFile>('/data/search-words.json', { words: [] }),
    json<GlossaryFile>('/data/glossary.json', { terms: [] }),
  ]).then(([acts, w, g]) => vocabularyFrom(acts, w, g)));

let modelPromise: Promise<LearnedModel | undefined> | undefined;
/** The learned reading of stories (src/lib/search/learned.ts); absent, the search reads as before. */
export const learnedModel = () => (modelPromise ??= json<LearnedModel | undefined>('/data/search-model.json', undefined));

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
export const pages = () => (pagesPromise ??= pagesByUrl());

let pagefindPromise: Promise<Pagefind | null> | undefined;
/** Pagefind, loaded once (in the page, not a worker: the worker's start-up cost more than it spared). */
export function pagefind() {
  pagefindPromise ??= (async () => {
    try {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ excerptLength: EXCERPT_WORDS, ranking: PAGEFIND_RANKING, noWorker: true });
      await pf.init();
      return pf;
    } catch {
      return null;
    }
  })();
  return pagefindPromise;
}

/** Starts every download the first search needs: for when the reader focuses a search box. */
export function warm() {
  void pagefind();
  void vocabulary();
  void learnedModel();
  void pages();
}

/** The query read (understandQuery) with the learned reading of a story or question added (u.learned). */
export async function understand(q: string): Promise<Understood> {
  const [v, model] = await Promise.all([vocabulary(), learnedModel()]);
  const u = understandQuery(q, v);
  u.learned = learnedReading(u, model);
  return u;
}

// ---------------------------------------------------------------------------------------------
// Full text

/** A result to show: a Pagefind result, or (`result` absent) a provision the glossary points to. */
export interface Ranked { id: string; url?: string; score: number; result?: PagefindResult; locs?: number[] }

/**
 * A result's data, safe to use alongside other searches. Pagefind's data() returns one cached
 * object per page and writes the calling result's match locations onto it, so two searches that
 * find the same page overwrite each other's locations. The page's own fields are shared safely;
 * the locations are taken from the result itself (`words`).
 */
const snapshots = new WeakMap<PagefindResult, Promise<PagefindData>>();
export function dataOf(r: PagefindResult): Promise<PagefindData> {
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

const pageResults = new Map<string, Promise<PagefindResult | undefined>>();
/**
 * The Pagefind result of one provision page, found by searching its heading within its Act: a
 * provision the glossary alone points to has no result of its own, and its card must still
 * quote the law's words. In: the page's URL; out: its result, or undefined when the heading
 * search does not find it (the card then shows the title and citation only).
 */
export function resultForUrl(url: string): Promise<PagefindResult | undefined> {
  if (!pageResults.has(url)) {
    pageResults.set(url, (async () => {
      const info = (await pages()).get(url);
      const pf = await pagefind();
      if (!info || !pf || info.prov.number === 'preamble') return undefined;
      const found = (await pf.search(info.prov.heading, { filters: { act: info.act.abbreviation } }))?.results ?? [];
      for (const r of found.slice(0, 8)) if ((await r.data()).url === url) return r;
      return undefined;
    })().catch(() => undefined));
  }
  return pageResults.get(url)!;
}

const totals = new Map<string, Promise<number>>();
/** How many provisions a filter leaves: the "N" for weighing rare words. */
function totalFor(pf: Pagefind, filters: Record<string, unknown>) {
  const key = JSON.stringify(filters);
  if (!totals.has(key)) totals.set(key, pf.search(null, { filters }).then((r) => r?.results.length || 1));
  return totals.get(key)!;
}

const known = new Map<string, Promise<boolean>>();
/** Whether any provision uses a number ("371a", "545"): numbers are checked against the index. */
export function isKnownNumber(pf: Pagefind, word: string) {
  if (!known.has(word)) {
    known.set(word, (async () => {
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

/** How far the query's words stand together in the page: the statute text and its common names in full, the readers' words by half. */
function nearness(d: PagefindData, query: string) {
  const words = contentWordList(d.content);
  const end = termsStart(d.anchors, words.length);
  const at = (id: string) => d.anchors.find((a) => a.id === id)?.location;
  const wordsAt = at('search-words') ?? at('search-cite') ?? words.length;
  return Math.max(proximity(query, words.slice(0, end).join(' ')), proximity(query, words.slice(end, wordsAt).join(' ')), 0.5 * proximity(query, words.slice(wordsAt).join(' ')));
}

/** The share of the query's words that the statute's own words use (before its search words). */
function textShare(own: string[], words: string[]) {
  const q = words.filter((w) => !/^\d/.test(w));
  if (!q.length) return 0;
  return q.filter((w) => own.some((x) => sameWord(w, x))).length / q.length;
}

/** The statute's own words of a result: its text before the search words. */
function ownWords(d: PagefindData) {
  const all = contentWordList(d.content);
  return all.slice(0, termsStart(d.anchors, all.length));
}

/**
 * The ranked provisions for a query: all the words first; if few provisions have them all,
 * provisions with some of the words follow. The head of the list is reranked with what the
 * query says (src/lib/search/rank.ts), and provisions the glossary points to are added.
 * `filters`: Pagefind filters (version, kind, act…); `actFilter`: the Act abbreviation, if any.
 */
export async function fullText(pf: Pagefind, u: Understood, words: string[], filters: Record<string, unknown>) {
  const search = words.join(' ');
  const all = words.length ? await pf.search(search, { filters }) : null;
  let list: Ranked[] = (all?.results ?? []).map((r) => ({ id: r.id, score: r.score, result: r }));
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
    // Merged scores are on another scale: they follow the full matches, in their own order.
    const top = Math.min(...list.map((r) => r.score), Infinity);
    const merged = mergeByWord(per.map((p) => (p?.results ?? []).map((r) => ({ id: r.id, score: r.score }))), await totalFor(pf, filters))
      .filter((m) => !seen.has(m.id));
    const mmax = Math.max(...merged.map((m) => m.score), 1);
    list = [...list, ...merged.map((m) => ({ id: m.id, score: (Number.isFinite(top) ? top : 1) * 0.6 * (m.score / mmax), result: byId.get(m.id)!, locs: [...locs.get(m.id)!].sort((a, b) => a - b) }))];
  }
  list = await withNamedActs(pf, list, u, words, filters);
  list = await rerank(list, u, filters);
  return { list, exact, counts: list.length === exact ? all?.filters?.act : undefined };
}

/** How many of a named Act's own best matches join the head of the list. */
const NAMED_ACT_HEAD = 4;

/**
 * A query that names an Act ("Sindh … peshgi", "PSMA section on harbouring") weighs its
 * provisions up (rank.ts), but they must first be among those reranked: a small Act's pages can
 * fall below the head when a larger Act uses the words more. Its own best matches, searched
 * within the Act, join the head. In: the list so far; out: the list with them moved or added.
 */
async function withNamedActs(pf: Pagefind, list: Ranked[], u: Understood, words: string[], filters: Record<string, unknown>): Promise<Ranked[]> {
  if (filters.act || !u.acts.length || !words.length) return list;
  const acts = await catalogue();
  const extra: Ranked[] = [];
  for (const id of u.acts) {
    const abbreviation = acts.find((a) => a.act === id)?.abbreviation;
    if (!abbreviation) continue;
    const within = { ...filters, act: abbreviation };
    let found = (await pf.search(words.join(' '), { filters: within }))?.results ?? [];
    // A story's words seldom stand together in one section: then any of them, merged as fullText() does.
    if (!found.length && words.length > 1) {
      const per = (await Promise.all(words.map((w) => pf.search(w, { filters: within })))).map((p) => p?.results ?? []);
      const byId = new Map(per.flat().map((r) => [r.id, r]));
      found = mergeByWord(per, await totalFor(pf, within)).map((m) => byId.get(m.id)!);
    }
    for (const r of found.slice(0, NAMED_ACT_HEAD)) extra.push({ id: r.id, score: r.score, result: r });
  }
  if (!extra.length) return list;
  // Several Acts named: their matches never take more than half the head from Pagefind's own.
  extra.splice(Math.floor(RERANK / 2));
  const ids = new Set(extra.map((r) => r.id));
  const rest = list.filter((r) => !ids.has(r.id));
  // Scores of a search within one Act are on another scale: they take the lowest head score.
  const floor = Math.min(...list.slice(0, RERANK).map((r) => r.score), Infinity);
  const joined = extra.map((r) => ({ ...r, score: list.find((x) => x.id === r.id)?.score ?? (Number.isFinite(floor) ? floor : r.score) }));
  return [...rest.slice(0, RERANK - joined.length), ...joined, ...rest.slice(RERANK - joined.length)];
}

/** Reorders the head of a list with rank() and adds the provisions the glossary points to. */
async function rerank(list: Ranked[], u: Understood, filters: Record<string, unknown>): Promise<Ranked[]> {
  const byUrl = await pages();
  const head = list.slice(0, RERANK);
  const query = u.words.join(' ');
  const cands: (Candidate & { r: Ranked })[] = await Promise.all(head.map(async (r) => {
    const d = await dataOf(r.result!);
    const own = ownWords(d);
    const info = byUrl.get(d.url);
    return { url: d.url, act: info?.act.act, heading: info?.prov.heading, kind: info?.prov.kind, status: (d.filters.status ?? [info?.prov.status ?? 'in-force'])[0], pagefind: r.score, near: u.words.length > 1 ? nearness(d, query) : 0, text: textShare(own, u.words), defines: definedShare(own.join(' '), u.words), ageLimits: u.ages?.length ? ageLimitsIn(own.join(' ').toLowerCase()) : undefined, r: { ...r, url: d.url } };
  }));
  const inList = new Set(cands.map((c) => c.url));
  // Provisions the glossary points to that the head does not hold (current texts, within the filters).
  for (const url of candidateUrls(u)) {
    if (inList.has(url)) continue;
    const info = byUrl.get(url);
    if (!info || info.earlier) continue;
    if (filters.act && filters.act !== info.act.abbreviation) continue;
    if (filters.kind && filters.kind !== info.prov.kind) continue;
    if (filters.status && filters.status !== (info.prov.status ?? 'in-force')) continue;
    if (filters.jurisdiction && filters.jurisdiction !== info.act.jurisdiction) continue;
    const found = list.slice(RERANK).find((r) => r.url === url);
    cands.push({ url, act: info.act.act, heading: info.prov.heading, kind: info.prov.kind, status: info.prov.status, pagefind: found?.score ?? 0, near: 0, ageLimits: u.ages?.length ? ageLimitsIn((info.prov.heading ?? '').toLowerCase()) : undefined, r: found ?? { id: `glossary:${url}`, url, score: 0 } });
  }
  // The learned reading's strongest provision is kept among the first three (learned.ts withLearnedInTopThree).
  const ordered = withLearnedInTopThree(rank(cands, u), u);
  // A tuning aid: a page that sets window.__rankExplain = [] (a developer's console, /work/tmp tools) gets each
  // candidate's score parts; nothing is kept otherwise.
  const explain = (globalThis as { __rankExplain?: unknown[] }).__rankExplain;
  if (Array.isArray(explain)) {
    const max = Math.max(0, ...cands.map((c) => c.pagefind));
    explain.push(ordered.map((c) => ({ url: c.url, score: +score(c, u, max).toFixed(3), pagefind: +(max ? c.pagefind / max : 0).toFixed(3), near: c.near, text: c.text, prior: u.priors[c.url] ?? 0, learned: +learnedShare(u, c.url).toFixed(3), kind: c.kind })));
  }
  const ranked = ordered.map((c) => c.r);
  const taken = new Set(ranked.map((r) => r.id));
  return [...ranked, ...list.slice(RERANK).filter((r) => !taken.has(r.id))];
}

/** The words to search for a citation-only query: references to the cited sections ("371a"). */
export function citedSectionWords(u: Understood) {
  return [...new Set((u.citations ?? []).filter((c) => !c.outside && c.section.length > 1).map((c) => c.section.toLowerCase()))];
}

export { contentWords };
