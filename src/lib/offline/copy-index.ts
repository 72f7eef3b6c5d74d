// The downloaded copy's search index: one MiniSearch document per provision page (current and
// earlier texts), built by scripts/download-copy.ts from the built pages and loaded in the copy by
// src/offline-copy/search.ts. The options live here so the index is read with the very tokenizer
// it was written with.

/** One provision page, as indexed and as shown in a result. */
export interface CopyDoc {
  /** Index id: the position in the docs list. */
  id: number;
  /** Site path: "/ppc/s371a/". */
  url: string;
  title: string;
  /** The provision's heading, as the catalogue has it. */
  heading: string;
  citation: string;
  /** "Pakistan Code consolidation of 30 November 2025 (current)". */
  versionLabel: string;
  /** Filters as the site's search has them. */
  act: string;
  current: boolean;
  kind: string;
  jurisdiction: string;
  status: string;
  /** Readers' words for the provision (the page's hidden search terms): indexed, never shown as law. */
  terms: string;
  /** Facts as readers tell them (the glossary's told facts): indexed for stories, weighed least, never shown. */
  told?: string;
  /** The statute lines: [pinpoint id, citation suffix, text]. */
  lines: [string, string, string][];
}

/**
 * Words of a text as the index keeps them: lower case, "371-A" and "371A" both "371a", split on
 * anything that is not a letter or digit. Urdu script is kept as letters.
 */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/(\d+)\s*-\s*([a-z])\b/g, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** English words too common to search by. */
export const STOP_WORDS = new Set(['a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'of', 'on', 'or', 'shall', 'such', 'that', 'the', 'this', 'to', 'which', 'who', 'with', 'u', 's', 'r', 'w', 'sec', 'section']);

/** MiniSearch's options, for writing and reading the index. */
export const INDEX_OPTIONS = {
  fields: ['title', 'citation', 'terms', 'text', 'told'],
  tokenize,
  processTerm: (t: string) => (STOP_WORDS.has(t) ? null : t),
  searchOptions: { tokenize, processTerm: (t: string) => (STOP_WORDS.has(t) ? null : t) },
};

/** A document's indexed fields. */
export function fieldsOf(d: CopyDoc) {
  return { id: d.id, title: d.title, citation: d.citation, terms: d.terms, told: d.told ?? '', text: d.lines.map((l) => l[2]).join('\n') };
}
