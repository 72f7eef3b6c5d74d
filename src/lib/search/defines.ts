// Defining words: a provision that defines a term ("“advance (peshgi)” means an advance …", PSMA
// s. 2; "“bonded debt” means …", BLSA s. 2) answers a query for that term before one that only
// uses it. Pure; read from the provision's own text.
import { tokens } from './normalise.ts';
import { STOP_WORDS } from './words.ts';

/** Quoted terms followed by "means" or "includes", and the Penal Code's "is said to commit “rape”". */
const DEFINED = [
  /[“"]([^”"]{1,80})[”"]\s*(?:,\s*)?(?:shall\s+)?(?:means?|includes?|has the same meaning)/giu,
  /is said to commit\s+[“"]([^”"]{1,40})[”"]/giu,
];
// Not "is said to kidnap": ss. 360 and 361 define the two kinds of kidnapping, and a query for
// "kidnapping" wants s. 359, the section of that name.

/**
 * The share (0–1) of the query's words (stop words and figures aside) that stand in a term the
 * text defines. In: the provision's statute text (no search words) and the query's search words.
 */
export function definedShare(text: string, words: string[]): number {
  const q = words.filter((w) => !STOP_WORDS.has(w) && !/^\d/.test(w));
  if (!q.length) return 0;
  const defined = new Set<string>();
  for (const re of DEFINED) for (const m of text.matchAll(re)) for (const w of tokens(m[1])) if (!STOP_WORDS.has(w)) defined.add(w);
  if (!defined.size) return 0;
  // The same word in another form: "debts"/"debt", "kidnapping"/"kidnap".
  const same = (w: string, d: string) => w === d || (Math.min(w.length, d.length) >= 4 && (w.startsWith(d) || d.startsWith(w)) && Math.abs(w.length - d.length) <= 4);
  return q.filter((w) => [...defined].some((d) => same(w, d))).length / q.length;
}
