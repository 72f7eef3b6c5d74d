// The glossary page's filter puts the best hits first: a term whose English name, Urdu or Roman
// Urdu spelling is what was typed, then one that begins with it, then one with a word beginning
// with it, and last a term that matches only in its description; in each tier the table's own
// (alphabetical) order. Pure, so the page script and the unit tests share it. Which rows match at
// all is glossaryRowMatches' (src/lib/search/glossary-filter.ts) business; this only orders them.
import { tokens, romanKey, isUrdu } from './search/normalise.ts';

export interface GlossaryRowNames {
  /** The English term and its other English names. */
  english: string[];
  urdu: string[];
  roman: string[];
}

export const TIER = { exact: 0, termStart: 1, start: 2, word: 3, elsewhere: 4 } as const;

const norm = (s: string) => tokens(s).join(' ');
/** Roman spellings compare on their spelling key ("agwa" is "aghwa"), word by word. */
const key = (s: string) => tokens(s).map((w) => (isUrdu(w) ? w : romanKey(w))).join(' ');

/** How well a row's names match the query: exact; the term itself begins with it; another name does; a word of a name does; none (description only). */
export function glossaryTier(names: GlossaryRowNames, query: string): number {
  const q = norm(query);
  if (!q) return TIER.elsewhere;
  // Each name as written, and a Roman spelling on its spelling key too, compared with the query the same way.
  const pairs: [string, string, boolean][] = [...names.english, ...names.urdu, ...names.roman].map((n, i) => [norm(n), q, i === 0]);
  for (const r of names.roman) pairs.push([key(r), key(query), false]);
  let best: number = TIER.elsewhere;
  for (const [f, w, term] of pairs) {
    if (!w || !f) continue;
    if (f === w) return TIER.exact;
    if (f.startsWith(w)) best = Math.min(best, term ? TIER.termStart : TIER.start);
    else if (f.split(' ').some((_, i, parts) => parts.slice(i).join(' ').startsWith(w))) best = Math.min(best, TIER.word);
  }
  return best;
}

/** The rows' indexes in the order to show them: by tier, then in their own order. */
export function glossaryOrder(rows: GlossaryRowNames[], query: string): number[] {
  const tiers = rows.map((r) => glossaryTier(r, query));
  return rows.map((_, i) => i).sort((a, b) => tiers[a] - tiers[b] || a - b);
}
