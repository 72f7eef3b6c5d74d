// The shape of dist/data/offences.json, one object per offence record, as a zod schema: the
// export is built to it (src/lib/offences.ts toExport), its JSON Schema is published beside it
// (dist/data/offences.schema.json, generated with z.toJSONSchema), and a build test validates
// the published data against the published schema. Field meanings: README.md.
import { z } from 'zod';

const years = z.number().int().positive().nullable();
const rupees = z.number().int().positive().nullable();
const boundary = z.object({
  earliest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('earliest date the boundary can fall on'),
  latest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('latest date; equal to earliest when the date is known'),
  words: z.string().describe('the boundary in words, with its basis'),
});

export const offenceExportSchema = z
  .object({
    id: z.string().describe('stable id: <act>-<section>[-<sub-section>]-<year of the version>'),
    act: z.string().describe('Act id: ptpa-2018, psma-2018, ppc, blsa-1992, blsa-1992-punjab'),
    provision: z.string().describe('pinpoint citation within the Act: "3(2)", "371A"'),
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('the date the text the record is read from is current to'),
    current: z.boolean().describe('read from the Act\'s current text'),
    text: z.object({
      name: z.string().describe('which text: "as enacted 2018", "as amended by Act IX of 2025"'),
      period: z.string().describe('the text and the period it governs, in words'),
      from: boundary.nullable().describe('when the text began to govern; null for the Penal Code consolidation (each section in its latest wording)'),
      until: boundary.nullable().describe('when it stopped; null while it governs'),
    }),
    places: z.array(z.enum(['islamabad', 'punjab', 'sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan'])).describe('where the text governs, as content/jurisdictions.yaml records it (every place for the laws that extend to the whole of Pakistan)'),
    label: z.string(),
    imprisonment: z.object({
      kind: z.enum(['rigorous', 'simple', 'either', 'unspecified']).describe('"either" for "of either description"; "unspecified" where the text says only "imprisonment"'),
      minYears: years,
      maxYears: years,
      life: z.boolean().describe('"imprisonment for life"'),
      remainderOfLife: z.boolean().describe('"imprisonment for the remainder period of (his) natural life"'),
      death: z.boolean(),
    }),
    fine: z.object({
      minRupees: rupees,
      maxRupees: rupees,
      liable: z.boolean().describe('the text says "liable to fine"'),
      unlimited: z.boolean().describe('a fine is provided and no maximum is stated'),
    }),
    combination: z.enum(['and', 'or', 'or-both', 'and-or']).nullable().describe('how imprisonment and fine combine; null where no fine is provided'),
    forfeiture: z.boolean().describe('"liable to forfeiture of property" (PPC 365A)'),
    fineAloneLawful: z.boolean().describe('imprisonment and fine are alternatives, so a minimum term binds only a sentence of imprisonment'),
    punishmentText: z.string().describe('the penalty words, verbatim from the provision'),
    punishmentSummary: z.string().describe('the whole punishment in plain words'),
    cognizable: z.boolean().nullable(),
    bailable: z.boolean().nullable(),
    compoundable: z.boolean().nullable(),
    court: z.string(),
    agency: z.string(),
    url: z.string().describe('site path of the provision line, with its pinpoint anchor'),
  })
  .strict();

export const offencesExportSchema = z.array(offenceExportSchema).describe('Offence records of the Pakistan anti-trafficking law library');
export type OffenceExport = z.infer<typeof offenceExportSchema>;
