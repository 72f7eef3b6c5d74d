// Spelling correction from the library's own vocabulary: the words of the statutes, their
// headings and the glossary, with how often each is used. Pure.

/**
 * Edit distance with transpositions (optimal string alignment), stopping early past `max`.
 * Three rolling rows rather than a whole table: it runs once per vocabulary word for every
 * unknown word of a query, and allocating tables made a nonsense query block the page (issue 13).
 */
export function editDistance(a: string, b: string, max = 2) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0); // row i-2
  let prev = Array.from({ length: n + 1 }, (_, j) => j); // row i-1
  let cur = new Array<number>(n + 1).fill(0); // row i
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n];
}

export interface Suggestion {
  /** The word searched instead. */
  word: string;
  /** Other words as close, less used in the library: offered, not searched. */
  alternatives: string[];
}

/**
 * The library's word nearest to one it does not use ("traficking" -> "trafficking",
 * "coersion" -> "coercion"). One slip allowed in words of up to seven letters, two in longer
 * ones; words under five letters and numbers are never corrected. Among equally near words the
 * one that keeps the first letter wins, then the most used; the others are returned as
 * alternatives ("the reader may have meant either"). `vocabulary`: [word, occurrences].
 * Returns undefined when the word is in the vocabulary or nothing is near.
 */
export function suggest(word: string, vocabulary: Iterable<[string, number]>): Suggestion | undefined {
  const w = word.toLowerCase();
  // Under five letters a word is likelier a real word the library does not use ("boys") than a slip.
  if (w.length < 5 || /\d/.test(w)) return undefined;
  const max = w.length >= 8 ? 2 : 1;
  const near: { word: string; d: number; n: number }[] = [];
  for (const [v, n] of vocabulary) {
    if (v === w) return undefined;
    if (v.includes('-') !== w.includes('-')) continue;
    const d = editDistance(w, v, max);
    if (d <= max) near.push({ word: v, d, n });
  }
  if (!near.length) return undefined;
  const firstLetter = (x: string) => (x[0] === w[0] ? 0 : 1);
  near.sort((a, b) => a.d - b.d || firstLetter(a.word) - firstLetter(b.word) || b.n - a.n || a.word.localeCompare(b.word));
  const best = near[0];
  return { word: best.word, alternatives: near.filter((x) => x !== best && x.d === best.d).map((x) => x.word).slice(0, 3) };
}

/** The same word but for doubled letters and British/American spelling ("kidnaping"/"kidnapping", "labor"/"labour"). */
const variantKey = (w: string) => w.replace(/(.)\1+/g, '$1').replace(/our\b|our(?=[a-z])/g, 'or').replace(/is(e|ed|es|ing|ation)\b/g, 'iz$1');

/** A word less its inflection ("persuaded", "persuades" -> "persuad"): another form of the same word is corrected to the library's form. */
const stemOf = (w: string) => w.replace(/(?:ing|ed|es|s|ion|ions|er|ers)$/, '');

/**
 * The English words that suggest() would wrongly "correct" into a word of the library
 * ("night" -> "right", "factory" -> "factors", "meant" -> "means"): real words a reader tells a
 * story with, which the statutes happen not to use. Kept out: spelling variants of the library's
 * own word ("kidnaping", "labor") and other forms of it ("persuaded" for "persuades"), which are corrected to the statutes' spelling. In: a list of
 * English words (the an-array-of-english-words package) and the library's vocabulary; out: the
 * words, sorted. Run at build time: a delete index (two deletions) finds each word's near
 * vocabulary words without comparing every pair.
 */
export function realWordsNotSlips(english: Iterable<string>, vocabulary: [string, number][]): string[] {
  const inVocab = new Set(vocabulary.map(([w]) => w));
  const deletes = (w: string, d: number, out: Set<string>) => {
    if (d === 0) return;
    for (let i = 0; i < w.length; i++) {
      const x = w.slice(0, i) + w.slice(i + 1);
      if (!out.has(x)) { out.add(x); deletes(x, d - 1, out); }
    }
  };
  const index = new Map<string, string[]>();
  for (const [w] of vocabulary) {
    const keys = new Set([w]);
    deletes(w, 2, keys);
    for (const k of keys) index.get(k)?.push(w) ?? index.set(k, [w]);
  }
  const count = new Map(vocabulary);
  const out: string[] = [];
  for (const e of english) {
    if (e.length < 5 || !/^[a-z]+$/.test(e) || inVocab.has(e)) continue;
    const keys = new Set([e]);
    deletes(e, e.length >= 8 ? 2 : 1, keys);
    const near = new Set<string>();
    for (const k of keys) for (const v of index.get(k) ?? []) near.add(v);
    if (!near.size) continue;
    const s = suggest(e, [...near].map((v): [string, number] => [v, count.get(v) ?? 0]));
    if (s && variantKey(s.word) !== variantKey(e) && stemOf(s.word) !== stemOf(e)) out.push(e);
  }
  return out.sort();
}
