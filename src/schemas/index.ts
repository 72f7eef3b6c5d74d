// The content model, in one place. Each schema takes the zod it is built with, so the same
// definitions serve Astro's content collections (with reference() for Act ids) and the plain
// Node check script and unit tests (with the Act id checked by hand).
import { z as zod } from 'zod';

type Z = typeof zod;

/** YAML turns 2025-04-23 into a Date; the model keeps ISO date strings. */
const isoDate = (z: Z) =>
  z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'));

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function versionSchema(z: Z) {
  return z.object({
    /** The date the text is current to; also the folder under content/provisions/<act>/. */
    id: isoDate(z),
    label: z.string(),
    /** The URL segment of a non-current version ("as-enacted"); the current one has none. */
    slug: z.string().regex(ID).optional(),
    current: z.boolean(),
    /** From when this text is the law, as far as is known. */
    inForceFrom: z.string(),
    /** Until when, for an earlier text. */
    inForceUntil: z.string().optional(),
    source: z.object({ file: z.string(), description: z.string(), obtained: z.string() }),
    completeness: z.string(),
    amendedBy: z.array(z.object({ title: z.string(), number: z.string(), note: z.string().optional() })).default([]),
  });
}

export function actSchema(z: Z) {
  return z.object({
    fullTitle: z.string(),
    shortTitle: z.string(),
    abbreviation: z.string(),
    /** Other names people search by: "Bonded Labour Act", "PPC". */
    aliases: z.array(z.string()).default([]),
    number: z.string(),
    jurisdiction: z.enum(['federal', 'islamabad', 'punjab', 'sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan']),
    jurisdictionNote: z.string().optional(),
    subject: z.enum(['trafficking', 'smuggling', 'penal-code', 'bonded-labour']),
    dates: z.object({
      assent: z.string().optional(),
      gazette: z.string().optional(),
      commencement: z.string().optional(),
      enacted: z.string().optional(),
    }),
    status: z.enum(['in-force', 'in-force-amended', 'partly-repealed', 'repealed']),
    statusNote: z.string(),
    /** "What is not yet in the text": changes known of but not shown, dates not confirmed. */
    outstanding: z.array(z.object({ date: isoDate(z), text: z.string() })).default([]),
    /** Which part of a larger law the library holds (PPC ss. 359-377B). */
    extent: z.string().optional(),
    /** Sections that are the core of the library's coverage, marked so on the Act page. */
    core: z.array(z.string()).default([]),
    citation: z.object({ long: z.string(), short: z.string(), headnote: z.string() }),
    versions: z.array(versionSchema(z)).min(1),
    order: z.number(),
  });
}

export const PROVISION_KINDS = ['preamble', 'preliminary', 'definition', 'offence', 'procedure', 'protection', 'administration', 'rules', 'repeal', 'other'] as const;
export const PROVISION_STATUS = ['in-force', 'repealed', 'omitted'] as const;

export function provisionSchema<R extends zod.ZodTypeAny>(z: Z, actRef: R) {
  return z.object({
    act: actRef,
    version: isoDate(z),
    number: z.string().regex(/^(\d+[A-Z]?|preamble)$/, 'a section number such as 3 or 371A, or "preamble"'),
    heading: z.string().min(1),
    order: z.number().int(),
    kind: z.enum(PROVISION_KINDS),
    status: z.enum(PROVISION_STATUS),
    /** Where the text comes from: the file in ../shared/sources and the section in it. */
    source: z.object({ file: z.string().regex(/\.txt$/), section: z.string(), note: z.string().optional() }),
    /** A group heading of the Code ("Of Rape") standing before this section. */
    group: z.string().optional(),
    footnotes: z.array(z.object({ id: z.string().regex(/^[A-Z]\d+$/), text: z.string(), refs: z.number().int() })).default([]),
    /** Editorial notes of the source compilers, shown as editorial. */
    notes: z.array(z.string()).optional(),
    /** Notes by this library's editors (HTML), shown marked as editorial, never as statute text. */
    editorial: z.array(z.string()).optional(),
  });
}

export type ActData = zod.infer<ReturnType<typeof actSchema>>;
export type VersionData = zod.infer<ReturnType<typeof versionSchema>>;
export type ProvisionData = Omit<zod.infer<ReturnType<typeof provisionSchema>>, 'act'> & { act: string };

export const JURISDICTIONS = ['federal', 'islamabad', 'punjab', 'sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan'] as const;
export const SUBJECTS = ['trafficking', 'smuggling', 'penal-code', 'bonded-labour'] as const;

/** A law the library knows of but does not hold (content/missing.yaml). */
export function missingSchema(z: Z) {
  return z.object({ id: z.string().regex(ID), subject: z.enum(SUBJECTS), jurisdiction: z.enum(JURISDICTIONS), title: z.string(), known: z.string() });
}

/** Which bonded-labour law applies in a jurisdiction (content/jurisdictions.yaml). */
export function jurisdictionSchema(z: Z) {
  return z.object({ id: z.enum(JURISDICTIONS), name: z.string(), law: z.string(), verified: z.boolean(), note: z.string() });
}

/** A dated notice on the status of the law (content/notices.yaml). */
export function noticeSchema(z: Z) {
  return z.object({ id: z.string().regex(ID), date: isoDate(z), acts: z.array(z.string()), title: z.string(), text: z.string(), link: z.string().optional() });
}
