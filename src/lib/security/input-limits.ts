// Limits on what a page reads from its address. A URL is anyone's to write: a search of 50,000
// characters, or 3,000 finder facts, must get a plain answer at once rather than freeze the page.

/**
 * The longest search the page runs, in characters. The longest realistic queries (a few sentences
 * of facts; the relevance sets' longest is about 100) fit well within it.
 */
export const MAX_QUERY_CHARS = 500;

/** The longest ?highlight= value whose words are marked on a provision page, in characters. */
export const MAX_HIGHLIGHT_CHARS = 500;

/**
 * The message for a search that is too long to run.
 * @param length the query's length in characters
 * @returns a sentence naming the limit and what to do
 */
export function overLongQueryMessage(length: number): string {
  return `This search is ${length.toLocaleString('en')} characters long, longer than ${MAX_QUERY_CHARS} characters: it was not run. Search for a few words, a section number or a citation.`;
}

/**
 * The message for finder facts in the address that are not among the finder's facts.
 * @param count how many distinct unknown values there were
 */
export function unknownFactsMessage(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'fact' : 'facts'} in the address ${count === 1 ? 'was' : 'were'} not recognised and ${count === 1 ? 'was' : 'were'} ignored.`;
}
