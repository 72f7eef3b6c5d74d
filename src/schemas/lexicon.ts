// The search's word lexicon (content/lexicon.yaml): single Urdu-script and Roman Urdu words, as
// police, prosecutors and complainants in Pakistan type them, each with the English words of the
// statutes to search for it ("maut" -> death, "پاسپورٹ" -> passport), and everyday English words
// for the statutes' own ("dead body" -> murdered). Editorial: it translates
// words for the search only; it never points at a provision, never becomes statute text, and is
// not a translation of any Act. Terms with their provisions are the glossary (glossary.ts).
import type { z as zod } from 'zod';

type Z = typeof zod;

const URDU = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D ]+$/;

export function lexiconEntrySchema(z: Z) {
  return z
    .object({
      /** The statutes' English words to search, lower case, each a word of the library's texts (checked at build). */
      english: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'one lower-case English word')).min(1).max(3),
      /** A word of every page ("jurm" offence, "qanoon" law, "dafa" section): read, never searched, for it narrows nothing. */
      generic: z.boolean().default(false),
      /** Urdu-script spellings: one word, or a fixed expression of two ("بیرون ملک"). */
      urdu: z.array(z.string().regex(URDU, 'Urdu script only')).default([]),
      /** Roman Urdu spellings, lower case; one that is an English word too is read only in a Roman Urdu query (glossary.json.ts). */
      roman: z.array(z.string().regex(/^(?:[a-z][a-z']{2,}|[a-z][a-z']*(?: [a-z][a-z']*){1,2})$/, "lower-case letters or apostrophes: one word of three letters or more, or an expression of two or three words")).default([]),
      /**
       * Everyday English for the statutes' words, as complaints and FIRs put facts ("dead body" ->
       * murdered, "passport" -> travel document): read in any query, searched beside the words typed.
       */
      everyday: z.array(z.string().regex(/^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}$/, 'lower-case English: a word or an expression of up to four words')).default([]),
    })
    .refine((e) => e.urdu.length + e.roman.length + e.everyday.length > 0, { message: 'an entry needs an Urdu, a Roman Urdu or an everyday English spelling' });
}

export type LexiconEntry = zod.infer<ReturnType<typeof lexiconEntrySchema>>;
