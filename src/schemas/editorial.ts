// Editorial content of the comparison pages and handouts (issue 12): per-Act change summaries
// (content/changes/*.yaml) and training handouts (content/handouts/*.mdx). Editorial: shown
// marked as such, never as statute text. Each schema takes the zod it is built with (see index.ts).
import { z as zod } from 'zod';

type Z = typeof zod;
const isoDate = (z: Z) =>
  z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'));

/** One line per section whose words differ between two versions of an Act. */
export function changesSchema(z: Z) {
  return z.object({
    act: z.string().regex(/^[a-z0-9-]+$/),
    earlier: isoDate(z),
    later: isoDate(z),
    sections: z.array(
      z.object({
        section: z.string().regex(/^(\d+[A-Z]?|preamble)$/, 'a section number such as 3 or 371A'),
        /** One editorial line; phrases in “curly quotes” must be words of the earlier or later text. */
        summary: z.string().min(1),
      }),
    ),
  });
}

export const HANDOUT_SUBJECTS = ['trafficking', 'smuggling', 'slavery-forced-bonded-labour', 'sexual-exploitation'] as const;

/** A training handout: which offences and provisions it gathers; its body is editorial MDX. */
export function handoutSchema(z: Z) {
  return z.object({
    title: z.string().min(1),
    order: z.number().int(),
    /** One line for the handouts index. */
    summary: z.string().min(1),
    /** Offence records gathered: by Act and subject (content/offences). */
    offences: z.object({ acts: z.array(z.string()).min(1), subject: z.enum(HANDOUT_SUBJECTS), provisions: z.array(z.string()).optional() }),
    /** Provisions whose text is printed on the handout (rendered from content/provisions, current text). */
    provisions: z.array(z.object({ act: z.string(), sections: z.array(z.string()).min(1) })).min(1),
    /** The Act whose 2025 changes the handout lists (content/changes/<act>.yaml), if any. */
    changes: z.array(z.string()).default([]),
    /** The date the handout's editorial text was last checked against the sources. */
    checked: isoDate(z),
  });
}

export type ChangesData = zod.infer<ReturnType<typeof changesSchema>>;
export type HandoutData = zod.infer<ReturnType<typeof handoutSchema>>;

/** A statute line quoted in a comparison cell, with an optional editorial reading of it. */
const lineRef = (z: Z) =>
  z.object({
    section: z.string().regex(/^\d+[A-Z]?$/, 'a section number such as 3 or 371A'),
    /** The <L id> of the line: "s3-4". */
    pin: z.string().regex(/^s\d+[a-z]?(?:-[a-z0-9]+)*$/, 'a pinpoint id such as s3-4'),
    /** The library's reading, shown marked editorial; claims no more than the line says. */
    note: z.string().optional(),
  });

/** The columns of /compare/offences/ (content/compare/offences.yaml). */
export function offenceComparisonSchema(z: Z) {
  return z.object({
    columns: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          act: z.string().regex(/^[a-z0-9-]+$/),
          title: z.string(),
          subtitle: z.string(),
          /** Sections whose offence records fill the column. */
          provisions: z.array(z.string()).min(1),
          /** Lines that state the offence (act, means, purpose). */
          principal: z.array(lineRef(z)).min(1),
          consent: z.array(lineRef(z)).min(1),
          border: z.array(lineRef(z)).min(1),
          victim: z.array(lineRef(z)).min(1),
        }),
      )
      .min(1),
  });
}
export type OffenceComparisonData = zod.infer<ReturnType<typeof offenceComparisonSchema>>;
export type LineRef = OffenceComparisonData['columns'][number]['consent'][number];
