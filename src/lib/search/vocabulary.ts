// The search's vocabulary from the site's data files (/data/catalogue.json, /data/search-words.json,
// /data/glossary.json), for understandQuery(): read the same way by the browser (src/scripts/search-engine.ts)
// and by the build step that trains the learned reading (scripts/search-model.ts). Pure.
import type { SearchVocabulary } from './understand.ts';
import type { CatalogueAct } from '../citation-parse.ts';
import type { PlaceLaw } from './places.ts';
import { glossaryIndex, lexiconIndex, type GlossaryTerm, type LexiconWord } from './glossary.ts';

export interface SearchWordsFile { words: [string, number][]; notSlips?: string[]; everyday?: string[] }
export interface GlossaryFile { terms: GlossaryTerm[]; lexicon?: LexiconWord[]; places?: Record<string, string[]>; jurisdictions?: PlaceLaw[] }

/** In: the catalogue's Acts and the two data files as parsed JSON; out: the vocabulary understandQuery() reads. */
export function vocabularyFrom(acts: CatalogueAct[], w: SearchWordsFile, g: GlossaryFile): SearchVocabulary {
  return { catalogue: acts, words: new Map(w.words), glossary: glossaryIndex(g.terms), lexicon: lexiconIndex(g.lexicon ?? []), places: new Map(Object.entries(g.places ?? {})), jurisdictions: g.jurisdictions ?? [], notSlips: new Set(w.notSlips ?? []), everyday: new Set(w.everyday ?? []) };
}
