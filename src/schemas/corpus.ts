// The open-data file /data/corpus.json: every Act, version and provision of the library, line by
// line. Its JSON Schema (/data/corpus.schema.json) is generated from this zod schema with
// z.toJSONSchema, so the file and its published schema cannot drift apart. The build parses the
// file with this schema before writing it; tests/build/corpus.test.ts checks the written file
// against the written JSON Schema.
import { z } from 'zod';
import { JURISDICTIONS, PROVISION_KINDS, PROVISION_STATUS } from './index.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD');

/** One run of a statute line: words of the statute, a footnote marker, a gap in the copy, or an editorial remark. */
export const linePartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().describe('Words of the statute as printed') }),
  z.object({ type: z.literal('footnoteRef'), footnote: z.string().describe('Id of a footnote of the provision (F1…)') }),
  z.object({ type: z.literal('gap'), note: z.string().describe('Editorial: what is missing from the only copy available; the words are not known') }),
  z.object({ type: z.literal('editorial'), text: z.string().describe('Editorial remark shown in square brackets inside the line; not statute text') }),
]);

export const corpusLineSchema = z.object({
  id: z.string().describe('Pinpoint id, the anchor on the provision page: "s3-2", "s3-3-a-i"'),
  akn: z.string().describe('Akoma Ntoso style id: "sec_3__subsec_2"'),
  kind: z.string().describe('What the line is: subsec, para, subpara, proviso, expl, text, …'),
  cite: z.string().describe('Pinpoint after the section number: "(2)", "(3)(a)(i)", ", Explanation"; "" for the section itself'),
  depth: z.number().int().min(0).describe('Indent level'),
  citation: z.string().describe('Short citation of the line: "s. 3(2) PTPA 2018"'),
  url: z.string().describe('Site path of the line, with its pinpoint anchor'),
  text: z.string().describe('The statute words of the line: footnote markers and editorial remarks left out, a gap shown as […]'),
  parts: z.array(linePartSchema).describe('The line in order, with footnote markers, gaps and editorial remarks marked as such'),
});

export const corpusProvisionSchema = z.object({
  id: z.string().describe('"<act>/<version>/<section>": "ptpa-2018/2025-04-23/3"'),
  number: z.string().describe('Section number as printed ("3", "371A") or "preamble"'),
  heading: z.string(),
  group: z.string().optional().describe('A heading of the Code standing before the section ("Of Rape")'),
  kind: z.enum(PROVISION_KINDS),
  status: z.enum(PROVISION_STATUS),
  order: z.number().int(),
  url: z.string().describe('Site path of the provision page'),
  citations: z.object({
    long: z.string().describe('"section 3 of the Prevention of Trafficking in Persons Act, 2018"'),
    short: z.string().describe('"s. 3 PTPA 2018"'),
    headnote: z.string().describe('"Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3"'),
  }),
  source: z.object({ file: z.string(), section: z.string(), note: z.string().optional() }).describe('The source file (in the library\'s sources) and the section in it'),
  lines: z.array(corpusLineSchema).min(1),
  footnotes: z.array(z.object({ id: z.string(), text: z.string() })).describe('Footnotes of the print, as printed'),
  notes: z
    .array(
      z.object({
        editorial: z.literal(true),
        by: z.enum(['source', 'library']).describe('"source": a note of the compilers of the source text; "library": a note of this library\'s editors'),
        text: z.string().describe('Plain text of the note'),
        html: z.string().optional().describe('The note as HTML (library notes may link to provisions)'),
      }),
    )
    .describe('Editorial notes: not law'),
});

export const corpusVersionSchema = z.object({
  id: isoDate.describe('The date the text is current to; the version id'),
  label: z.string(),
  current: z.boolean(),
  slug: z.string().optional().describe('URL segment of an earlier version ("as-enacted")'),
  url: z.string().describe('Site path of the Act page in this version'),
  applies: z.object({
    from: z.string().describe('From when this text is the law, as far as is known'),
    until: z.string().optional().describe('Until when, for an earlier text'),
  }),
  source: z.object({ file: z.string(), description: z.string(), obtained: z.string() }),
  completeness: z.string(),
  amendedBy: z.array(z.object({ title: z.string(), number: z.string(), note: z.string().optional() })),
  provisions: z.array(corpusProvisionSchema),
});

export const corpusActSchema = z.object({
  id: z.string(),
  fullTitle: z.string(),
  shortTitle: z.string(),
  abbreviation: z.string(),
  number: z.string(),
  jurisdiction: z.enum(JURISDICTIONS),
  status: z.enum(['in-force', 'in-force-amended', 'partly-repealed', 'repealed']),
  statusNote: z.string(),
  extent: z.string().optional().describe('Which part of a larger law the library holds'),
  url: z.string(),
  citation: z.object({ long: z.string(), short: z.string(), headnote: z.string() }),
  versions: z.array(corpusVersionSchema).min(1),
});

export const corpusSchema = z
  .object({
    title: z.string(),
    site: z.string().nullable().describe('Address of the live library; null when the build names no public address'),
    textCurrentTo: isoDate.describe('The newest date any Act\'s current text is current to'),
    note: z.string(),
    acts: z.array(corpusActSchema).min(1),
  })
  .describe('Pakistan Anti-Trafficking Law Library: the statute text as open data');

export type Corpus = z.infer<typeof corpusSchema>;
export type CorpusLinePart = z.infer<typeof linePartSchema>;
