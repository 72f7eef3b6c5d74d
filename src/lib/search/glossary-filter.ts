// The glossary page's filter: does a row's text contain every word typed? Case, Urdu letter
// forms and diacritics aside, and a Roman Urdu word may be spelt another way ("agwa"/"aghwa").
import { tokens, romanKey, isUrdu } from './normalise.ts';

/** Whether `text` (a table row) matches `query` (what the reader typed); an empty query matches. */
export function glossaryRowMatches(text: string, query: string) {
  const want = tokens(query);
  if (!want.length) return true;
  const have = tokens(text);
  const joined = have.join(' ');
  return want.every((w) => joined.includes(w) || (!isUrdu(w) && w.length >= 4 && have.some((h) => h.length >= 4 && romanKey(h) === romanKey(w))));
}
