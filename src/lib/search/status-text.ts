// The sentence that counts a search's results, for the site's search page and the downloaded
// copy's alike. Pure.

/**
 * "12 provisions contain all the words; 1 more contains some of the words or is listed under
 * them." In: `n` results shown, `exact` of them with every word, `scope` (" in the PTPA", "" for
 * all), `lead` (what "all" is: "all the words", "“coercion”"), and the searched `words`.
 */
export function countSentence(n: number, exact: number, scope: string, lead: string, words: string[]): string {
  const provisions = (k: number) => `${k} provision${k === 1 ? '' : 's'}`;
  const contain = (k: number) => (k === 1 ? 'contains' : 'contain');
  const some = (k: number) => `${contain(k)} some of the words or ${k === 1 ? 'is' : 'are'} listed under them`;
  if (exact === n || !words.length) return `${provisions(n)}${scope} ${words.length ? `${contain(n)} ${lead}` : 'found'}.`;
  if (exact) return `${provisions(exact)}${scope} ${contain(exact)} ${lead}; ${n - exact} more ${some(n - exact)}.`;
  return `No provision${scope} contains all of “${words.join(' ')}”; ${n} ${some(n)}, the closest first.`;
}
