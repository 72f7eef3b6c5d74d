// Pure helpers for the search page (src/scripts/search.ts): query words, merging per-word result
// lists when no provision has every word, excerpts as text segments (never HTML), and pinpoint
// sub-results worked out from the anchors Pagefind records for every element with an id.

export interface WeightedLocation { weight: number; balanced_score: number; location: number }
export interface Anchor { element: string; id: string; text?: string; location: number }

import { STOP_WORDS, SPELLINGS } from './search/words.ts';

export { STOP_WORDS, SPELLINGS };

/** Words of a query for the full-text search: lower case, punctuation between words dropped, statute spellings. */
export function queryWords(q: string) {
  return q.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).map((w) => w.replace(/^-+|-+$/g, '')).filter(Boolean).map((w) => SPELLINGS[w] ?? w);
}

/**
 * The query to give Pagefind: the words without stop words and stray single characters (all of
 * them if nothing else is left).
 */
export function contentWords(q: string) {
  const words = queryWords(q);
  const content = words.filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  return content.length ? content : words.filter((w) => !STOP_WORDS.has(w)).length ? words.filter((w) => !STOP_WORDS.has(w)) : words;
}

/**
 * Whether a word Pagefind matched in a page is the word searched for. Pagefind never comes back
 * empty-handed: for a word the index lacks it matches the longest prefix it has ("zeppelin" finds
 * the "Z" of an illustration). A match counts when the two share a stem-sized beginning:
 * "selling"/"sells", "trafficking"/"trafficked", "labor"/"labour", "compelled"/"compels".
 */
export function sameWord(query: string, found: string | undefined) {
  if (!found) return false;
  const q = query.toLowerCase();
  const w = found.toLowerCase().replace(/^\d*\[/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!w) return false;
  if (/^\d+[a-z]?$/.test(q)) return w === q || w.replace(/[^\p{L}\p{N}]/gu, '') === q;
  const k = Math.min(q.length, Math.max(4, q.length - 3));
  return w.startsWith(q.slice(0, k)) || (w.length >= 4 && q.startsWith(w));
}

export interface Scored { id: string; score: number; hits: number }

/**
 * Merges the result lists of one search per word, for when no provision has every word. Each
 * word counts for its rarity (a word few provisions use, like "ransom", says more than "child")
 * times how well the provision matched it relative to the best match for that word.
 * `total` is the number of provisions searched.
 */
export function mergeByWord(lists: { id: string; score: number }[][], total: number): Scored[] {
  const by = new Map<string, Scored>();
  for (const list of lists) {
    if (!list.length) continue;
    const idf = Math.log(1 + total / new Set(list.map((r) => r.id)).size);
    const max = Math.max(...list.map((r) => r.score)) || 1;
    const seen = new Set<string>();
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const s = by.get(r.id) ?? { id: r.id, score: 0, hits: 0 };
      s.score += (idf * r.score) / max;
      s.hits += 1;
      by.set(r.id, s);
    }
  }
  return [...by.values()].sort((a, b) => b.score - a.score || b.hits - a.hits);
}

/** A crude stem, enough to see "compelled labour" in "compels … labour" and "trafficked" in "trafficking". */
export const stem = (w: string) => (w.length > 6 ? w.slice(0, 6) : w);

/**
 * How far the query's words stand together in a text: the share of neighbouring pairs of query
 * words (stop words aside) that are also neighbours in the text. 1 for "debt bondage" in
 * "… or debt bondage and forced labour"; 0 when the words are scattered. Pagefind matches words
 * anywhere in a page; this lets a provision that uses the reader's phrase come before one that
 * merely contains its words.
 */
export function proximity(query: string, text: string): number {
  const q = queryWords(query).filter((w) => !STOP_WORDS.has(w)).map(stem);
  if (q.length < 2) return 0;
  const t = queryWords(text).filter((w) => !STOP_WORDS.has(w)).map(stem);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) pairs.add(`${t[i]} ${t[i + 1]}`);
  let hit = 0;
  for (let i = 0; i + 1 < q.length; i++) if (pairs.has(`${q[i]} ${q[i + 1]}`)) hit++;
  return hit / (q.length - 1);
}

export interface Segment { text: string; mark: boolean }

/** Pagefind splits content into words on whitespace; locations index into this list. */
export const contentWordList = (content: string) => content.split(/[^\S\uFEFF]+/);

/**
 * An excerpt of `length` words around the densest run of matches in [from, to), as segments to
 * put into the page with textContent: matched words flagged `mark`. With no match in the range,
 * the opening words of the range.
 */
export function excerpt(words: string[], locations: WeightedLocation[], length: number, from = 0, to = words.length): Segment[] {
  const inRange = locations.filter((l) => l.location >= from && l.location < to);
  let start = from;
  if (inRange.length && to - from > length) {
    const score: number[] = [];
    for (const l of inRange) score[l.location] = (score[l.location] ?? 0) + (l.balanced_score || l.weight || 1);
    let best = -1;
    for (let s = from; s <= to - length; s++) {
      let sum = 0;
      for (let i = s; i < s + length; i++) sum += score[i] ?? 0;
      if (sum > best) { best = sum; start = s; }
    }
    // Centre the first match a little rather than starting on it.
    const first = inRange.map((l) => l.location).filter((x) => x >= start).sort((a, b) => a - b)[0];
    if (first !== undefined && first - start < 3) start = Math.max(from, first - Math.floor(length / 4));
  }
  const end = Math.min(to, start + length);
  const marked = new Set(inRange.map((l) => l.location));
  const segs: Segment[] = [];
  if (start > from) segs.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    // A footnote marker is indexed glued to the next word ("1[or"): the excerpt shows the bracket only.
    const w = words[i]?.replace(/^\d+(?=\[)/, '');
    if (w === undefined) break;
    const sep = i > start ? ' ' : '';
    if (marked.has(i)) {
      if (sep) segs.push({ text: sep, mark: false });
      segs.push({ text: w, mark: true });
    } else {
      const last = segs[segs.length - 1];
      if (last && !last.mark) last.text += sep + w;
      else segs.push({ text: sep + w, mark: false });
    }
  }
  if (end < to) segs.push({ text: ' …', mark: false });
  return segs;
}

export interface PinHit { id: string; cite: string; from: number; to: number; score: number; count: number }

/**
 * Which lines of a provision the matches fall in. `pins` maps the ids of the statute lines on the
 * page ("s3-3-a") to their cite ("(3)(a)"); other anchors (footnote markers, the section) are
 * ignored. Matches at or after `end` (the hidden search terms) are not counted.
 */
export function pinpointHits(anchors: Anchor[], locations: WeightedLocation[], pins: Record<string, string>, end: number): PinHit[] {
  const lines = anchors.filter((a) => a.id in pins).sort((a, b) => a.location - b.location);
  const hits = new Map<string, PinHit>();
  lines.forEach((a, i) => {
    const next = lines.slice(i + 1).find((b) => b.location > a.location);
    hits.set(a.id, { id: a.id, cite: pins[a.id], from: a.location, to: Math.min(next?.location ?? end, end), score: 0, count: 0 });
  });
  for (const l of locations) {
    if (l.location >= end) continue;
    let line: Anchor | undefined;
    for (const a of lines) if (a.location <= l.location) line = a;
    if (!line) continue;
    // Several ids can start at the same word (an empty line before its first clause): the last one wins.
    const h = hits.get(line.id)!;
    h.score += l.balanced_score || l.weight || 1;
    h.count += 1;
  }
  return [...hits.values()].filter((h) => h.count > 0).sort((a, b) => b.score - a.score || a.from - b.from);
}

/** Where the hidden search terms begin in the page's words (the anchor with id "search-terms"). */
export function termsStart(anchors: Anchor[], words: number) {
  return anchors.find((a) => a.id === 'search-terms')?.location ?? words;
}
