// Query understanding and ranking for the site search and the downloaded copy's search.
// Pure modules: no DOM, no Pagefind. Entry: understandQuery(raw, vocabulary).
export { understandQuery, type Understood, type SearchVocabulary, type Intent } from './understand.ts';
export { rank, score, headingShare, TUNING, type Candidate } from './rank.ts';
export { glossaryIndex, lexiconIndex, matchGlossary, provisionPriors, termsFor, withParallelTexts, type GlossaryTerm, type GlossaryIndex, type GlossaryMatch, type LexiconWord } from './glossary.ts';
export { tokens, normaliseUrdu, romanKey, isUrdu } from './normalise.ts';
export { wordForm, joinPair, STOP_WORDS, ROMAN_FUNCTION_WORDS, URDU_FUNCTION_WORDS, type Vocabulary } from './words.ts';
export { suggest, editDistance, type Suggestion } from './spelling.ts';
export { definedShare } from './defines.ts';
export { ageLimitsIn } from './story-facts.ts';
export { parseCitations, isCitationOnly, actsOnly, pinpointId, resolvePinpoint, practiceForm, type CatalogueAct, type CatalogueProvision, type ParsedCitation } from '../citation-parse.ts';
