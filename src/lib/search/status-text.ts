// The sentences that say how a query was read and count its results, for the site's search
// page, the header's results and the downloaded copy's search alike. Pure.
import type { Understood } from './understand.ts';

/** How many searched words the count sentence echoes; a longer list is counted, not listed. */
const WORDS_ECHOED = 6;
/** How many unknown words the status line names. */
const MAX_UNKNOWN_NAMED = 8;

/**
 * "Searched “dubai” as outside or beyond; “maut” as death.": the statute words each typed word or
 * phrase stands for. In: the translations (`english` is the statute words, space-separated).
 */
export function searchedAs(translated: { typed: string; english: string }[]): string {
  return `Searched ${translated.map((m) => `“${m.typed}” as ${m.english.split(' ').join(' or ')}`).join('; ')}.`;
}

/**
 * How the query was read, in sentences for the status line: "Showing results for “…”." after a
 * spelling correction, each Urdu or Roman Urdu glossary term ("“aghwa”: Kidnapping."), the
 * lexicon's words ("Searched “maut” as death."), a place read for the Bonded Labour Act offered there
 * ("“Kasur” is read as a place: BLSA Punjab first."), and the words nothing uses (`unknown`, which
 * the caller may extend, e.g. with figures no page prints). Out: the sentences, in that order.
 */
export function readingSentences(u: Pick<Understood, 'corrected' | 'terms' | 'translated' | 'citationOnly' | 'places'>, unknown: string[] = []): string[] {
  const said: string[] = [];
  if (u.corrected) said.push(`Showing results for “${u.corrected}”.`);
  for (const t of u.terms) if (t.kind !== 'english') said.push(`“${t.typed}”: ${t.term.term}.`);
  if (u.translated?.length) said.push(searchedAs(u.translated));
  // A place named in a bonded-labour query orders the Acts: the reader is told, rather than told nothing uses it.
  for (const p of u.places ?? []) said.push(placeSentence(p));
  // Each unknown word once, and a long paste is not echoed back word by word.
  const once = [...new Set(unknown)];
  const named = once.slice(0, MAX_UNKNOWN_NAMED).map((w) => `“${w}”`).join(' or ');
  if (once.length && !u.citationOnly) said.push(`No provision uses ${named}${once.length > MAX_UNKNOWN_NAMED ? ` (or ${once.length - MAX_UNKNOWN_NAMED} more word${once.length - MAX_UNKNOWN_NAMED === 1 ? '' : 's'})` : ''}.`);
  return said;
}

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
  // A story's searched words (with the statutes' words for them) are not echoed back as if each were required.
  const all = words.length > WORDS_ECHOED ? `all ${words.length} words searched` : `all of “${words.join(' ')}”`;
  return `No provision${scope} contains ${all}; ${n} ${some(n)}, the closest first.`;
}

/**
 * "“Kasur” is read as a place: BLSA Punjab first." In: a place read (Understood.places). Out: the sentence; for a
 * place whose bonded-labour law the library does not hold (Peshawar: content/jurisdictions.yaml), that it is not held.
 */
export function placeSentence(p: { name: string; texts: string[]; partial?: boolean }): string {
  // A text held only in part (the Sindh Act, ss. 1–2) cannot answer an offence: say so, not "first".
  if (p.texts.length && p.partial) return `“${p.name}” is read as a place: the law given there is the ${p.texts.join(' and ')}, which the library holds only in part (no offences or penalties); other texts' cards say which law applies there.`;
  if (!p.texts.length) return `“${p.name}” is read as a place: the library holds no text of the bonded-labour law given there (see “Where each bonded-labour law applies”).`;
  return `“${p.name}” is read as a place: ${p.texts.join(' and ')} first.`;
}
