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
