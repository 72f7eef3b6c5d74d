// How the words of a search are marked on the page a result opens (?highlight=…): whole words
// only, so "fine" marks "fine" and never the "fine" of "confined". Punctuation at a word's edge
// (quotes, brackets, commas) does not stop a whole-word match. Options for mark.js inside
// Pagefind's highlight script.

/** Characters that may stand at a word's edge without making it part of another word. */
export const WORD_EDGES = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', "'", '“', '”', '‘', '’', '—', '–', '-', '/'];

export const HIGHLIGHT_MARK_OPTIONS = {
  className: 'search-hit',
  exclude: ['.pin', 'sup.fn'],
  accuracy: { value: 'exactly', limiters: WORD_EDGES },
  separateWordSearch: true,
};
