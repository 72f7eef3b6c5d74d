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
    /**
     * The period the text governs, as dates a program can compare (src/lib/versions/in-force.ts).
     * `earliest` and `latest` are the same when the date is known; where it is not confirmed they
     * bound it. `words` says the boundary in plain words, with its basis ("inferred: ...").
     */
    applies: z
      .object({
        from: z.object({ earliest: isoDate(z), latest: isoDate(z), words: z.string() }).nullable(),
        until: z.object({ earliest: isoDate(z), latest: isoDate(z), words: z.string() }).optional(),
        /** Short name of the text for rows and notices: "as enacted 2018", "as amended by Act IX of 2025". */
        name: z.string(),
      })
      .optional(),
    source: z.object({ file: z.string(), description: z.string(), obtained: z.string() }),
    completeness: z.string(),
    /**
     * A text held only in part or from an unverified copy: what is held, from what source, and what
     * is not held. Shown above the text on every page of this version.
     */
    partial: z.string().optional(),
    /**
     * A consolidation that dates no version of a section (the Penal Code's): each section page says,
     * in its version block, what the section's own footnotes (and a repealed or omitted section's
     * stub) say of its wording (src/lib/versions/section-wording.ts). Set in the Act's data, never
     * inferred from a missing `applies.from`.
     */
    sectionWording: z.boolean().default(false),
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
    /**
     * Where the Act applies, said above its text on every page of it (editorial): `text` claims no
     * more than `source` names (the Act's own words, content/jurisdictions.yaml, the sources README);
     * words quoted from the Act are taken from the line `pin` (a pinpoint id such as "s1-2") of every
     * version's text, which a build test checks.
     */
    where: z.object({ text: z.string().min(1), source: z.string().min(1), pin: z.string().regex(/^s\d+[a-z]?(?:-[a-z0-9]+)*$/).optional() }),
    subject: z.enum(['trafficking', 'smuggling', 'penal-code', 'bonded-labour']),
    dates: z.object({
      assent: z.string().optional(),
      gazette: z.string().optional(),
      commencement: z.string().optional(),
      enacted: z.string().optional(),
    }),
    status: z.enum(['in-force', 'in-force-amended', 'partly-repealed', 'repealed']),
    statusNote: z.string(),
    /**
     * Editorial: the law before this Act, as the finder says it for a date before the Act's
     * earliest text: each sentence names its source, and `since` (ISO date) limits it to dates
     * from then (a law that did not yet exist is never named for an earlier date).
     */
    earlierLaw: z.array(z.object({ since: isoDate(z).optional(), text: z.string().min(1) })).default([]),
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

/**
 * What a jurisdiction row rests on: the law's text in the sources ("text-held"), a partial or
 * unverified copy of it ("partial-text"), press reports only ("press-report"), or nothing the
 * library can point to ("unverified"). Only the first two count as verified, and they need a
 * source file behind them.
 */
export const JURISDICTION_BASES = ['text-held', 'partial-text', 'press-report', 'unverified'] as const;
export const VERIFIED_BASES: readonly string[] = ['text-held', 'partial-text'];

/** Which bonded-labour law applies in a jurisdiction (content/jurisdictions.yaml). */
export function jurisdictionSchema(z: Z) {
  return z
    .object({
      id: z.enum(JURISDICTIONS),
      name: z.string(),
      law: z.string(),
      basis: z.enum(JURISDICTION_BASES),
      /** What the row rests on: a file of ../shared/sources, or a press report or listing named in words. */
      sources: z.array(z.object({ file: z.string().optional(), cite: z.string().optional() }).refine((s) => s.file || s.cite, 'give a source file or a citation')).min(1),
      /** Acts in content/acts whose text the library offers as the bonded-labour law here. */
      acts: z.array(z.string().regex(ID)).default([]),
      /**
       * Places in it a reader may name (its name, districts, towns), lower case: a search about
       * bonded labour that names one ranks `acts` first ("kiln in Faisalabad": the Punjab text).
       */
      places: z.array(z.string().regex(/^(?:[a-z]+|[\u0600-\u06FF]+)(?:[ -](?:[a-z]+|[\u0600-\u06FF]+)){0,3}$/, 'a place name in lower-case letters or Urdu script, up to four words')).default([]),
      /** Said beside every offence offered from `acts` here, where their application is not confirmed. */
      caveat: z.string().optional(),
      /** What the library does not hold for this place (shown by the finder and on /where/). */
      notHeld: z.string().optional(),
      /**
       * The law before the place's own Act: `acts` governed conduct before `until` (a boundary with
       * bounds where the provincial Act's commencement is not confirmed), for the `basis` given.
       */
      earlier: z.object({ acts: z.array(z.string().regex(ID)).min(1), until: z.object({ earliest: isoDate(z), latest: isoDate(z), words: z.string() }), basis: z.string() }).optional(),
      note: z.string(),
    })
    .superRefine((j, ctx) => {
      if (VERIFIED_BASES.includes(j.basis) && !j.sources.some((s) => s.file))
        ctx.addIssue({ code: 'custom', path: ['sources'], message: `a row marked "${j.basis}" needs a source file behind it` });
    });
}
export type JurisdictionData = zod.infer<ReturnType<typeof jurisdictionSchema>>;

/** A dated notice on the status of the law (content/notices.yaml). */
export function noticeSchema(z: Z) {
  return z.object({ id: z.string().regex(ID), date: isoDate(z), acts: z.array(z.string()), title: z.string(), text: z.string(), link: z.string().optional() });
}

// ---------------------------------------------------------------------------------------------
// Offences and penalties: one record per offence-creating provision per version of an Act, in
// content/offences/*.yaml (see content/offences/README.md). Every figure comes from the words of
// the provision it is read from; tests/build/offence-figures.test.ts traces each one back.

export const OFFENCE_SUBJECTS = ['trafficking', 'smuggling', 'slavery-forced-bonded-labour', 'sexual-exploitation', 'kidnapping-abduction'] as const;

/**
 * The fixed vocabulary of element tags. A tag is given only where the provision (or the
 * definition it expressly relies on, listed in `related` as "definition") states it; nothing is
 * inferred from the general law.
 */
export const OFFENCE_ELEMENTS = {
  /** What the offender does. */
  act: [
    'recruit', 'harbour', 'transport', 'provide', 'obtain', 'attempt', // PTPA s. 3; PSMA ss. 3-5 ("attempts")
    'obtain-possession', // PPC 371B: "otherwise obtains possession of any person" (narrower than PTPA's "obtains")
    'smuggle-migrants', // PSMA s. 3: "engages in ... the smuggling of migrants"
    'produce-document', 'procure-document', 'provide-document', 'possess-document', // PSMA s. 4
    'kidnap', 'abduct', 'induce', // PPC: "kidnaps or abducts"; "induces ... to go from any place" (365B, 366A)
    'induce-to-act', // PPC 366A: "induces ... to do any act"
    'import', 'export', 'remove', 'buy', 'sell', 'let-to-hire', 'hire', 'dispose', // PPC 366B, 370, 371, 371A, 371B
    'accept', 'receive', 'detain', 'traffic-or-deal', // PPC 370, 371
    'conceal', 'confine', // PPC 368
    'compel-labour', 'compel-military-service', // PPC 374(1), 374(2)
    'rape', 'carnal-intercourse-against-order-of-nature', 'sexual-abuse', 'cause-hurt', // PPC 375A-377B
    'disclose-victim-identity', // PPC 376A: prints or publishes matter making known the victim's identity
    'accept-payment-on-extinguished-debt', 'compel-bonded-labour', 'enforce-bonded-labour-instrument', 'fail-to-restore-property', // BLSA ss. 8, 11-13
    'commit-base-offence', // an aggravated form: "Where an offence under section 3 involves"
    'abet', 'conspire', // abetment and criminal conspiracy provisions
  ],
  /** How it is done, where the text names the means. */
  means: [
    'force', 'fraud', 'coercion', // PTPA s. 3(1)
    'criminal-intimidation', 'abuse-of-authority', 'compulsion', // PPC 365B ("any other method of compulsion"), 374 ("compels"), BLSA 11 ("compels")
  ],
  /** For what purpose or with what intent. */
  purpose: [
    'compelled-labour', 'organized-beggary', 'sexual-exploitation', 'commercial-sex-acts', // PTPA s. 3(1), 2025 and 2018 wordings
    'financial-or-material-benefit', // PSMA ("for benefit", "for the purpose of getting benefit")
    'illegal-entry', // PSMA s. 2(i): smuggling of migrants is facilitation of illegal entry
    'enabling-smuggling-of-migrants', // PSMA s. 4(1): a document "for the purpose of enabling the smuggling of migrants"
    'murder', 'grievous-hurt', 'slavery', 'lust', 'unnatural-lust', // PPC 364, 364A, 367, 367A
    'secret-wrongful-confinement', // PPC 365
    'extortion', // PPC 365A: extorting property or valuable security, or compelling compliance with a demand
    'forced-marriage', 'illicit-intercourse', // PPC 365B, 366A, 366B, 371A, 371B
    'prostitution', 'unlawful-and-immoral-purpose', // PPC 371A, 371B
    'theft-from-person-of-child', // PPC 369
    'forced-labour', 'military-service', // PPC 374
    'bonded-labour', // BLSA
  ],
  /** Who the victim is, as the text says. */
  victim: [
    'any', // "any person", "another person"
    'child', // PTPA s. 2(a): under eighteen years; PPC 377A: "age of person is less than eighteen years"
    'child-under-fourteen', // PPC 364A
    'child-under-ten', // PPC 369
    'minor', // PPC 376(3): "a minor" (age not stated in the section)
    'minor-girl-under-eighteen', // PPC 366A
    'girl-under-twenty-one', // PPC 366B
    'woman', // PTPA s. 3(2); PPC 365B
    'person-with-disability', // PPC 376(3): "a person with mental or physical disability"
    'migrant', // PSMA ss. 3, 4, 6
    'non-citizen-without-status', // PSMA s. 5: not a citizen or permanent resident, not complying with requirements
    'slave', // PPC 370, 371
    'prisoner-of-war-or-protected-person', // PPC 374(2)
    'bonded-labourer', // BLSA
  ],
  /** Circumstances that make the offence or aggravate it. */
  circumstances: [
    'cross-border', // movement across a border, either way (PSMA illegal entry; PPC 370, 371 "imports, exports")
    'from-pakistan', // PPC 363 read with s. 360: "conveys any person beyond the limits of Pakistan without the consent of that person, or of some person legally authorised to consent on behalf of that person"
    'into-pakistan', // PPC 366B: "imports into Pakistan from any country outside Pakistan"
    'injury-or-death', // PTPA s. 4(a); PSMA s. 6(a)
    'endangerment', // PSMA s. 6(a): endangers the life or safety of the migrant or another
    'cruel-treatment', // PSMA s. 6(b)
    'organized-group', // PTPA s. 4(b); PSMA s. 6(c)
    'documents-confiscated', // PTPA s. 4(c): confiscation or destruction of a travel document
    'repetition', // PTPA s. 4(d)
    'habitual', // PPC 371
    'gang', // PPC 375A
    'hurt-caused', // PPC 376(1A)
    'public-servant', // PPC 376(4)
    'after-commencement', // BLSA: conduct after the Act came into force
    'victim-kidnapped-or-abducted', // PPC 368: "knowing that any person has been kidnapped or has been abducted"
    'from-lawful-guardianship', // PPC 363 read with s. 361: a minor (male under fourteen, female under sixteen) or person of unsound mind taken or enticed out of the keeping of the lawful guardian without the guardian's consent
    'property-due-for-restoration', // BLSA s. 13 read with ss. 6(4)-(6), 7(1): property "required by this Act to restore" (taken, attached, sold or encumbered for a bonded debt before commencement)
  ],
} as const;

export function offenceSchema(z: Z) {
  const years = z.number().int().positive().nullable();
  const rupees = z.number().int().positive().nullable();
  const tags = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).default([]);
  return z
    .object({
      /** "<act>-<section>[-<sub-section>]-<year of the version>": "ptpa-2018-3-2-2025", "ppc-376-1a-2025". */
      id: z.string().regex(ID),
      act: z.string().regex(ID),
      /** The version (content/provisions/<act>/<version>/) the record is read from. */
      version: isoDate(z),
      /** Section number as printed: "3", "371A". */
      provision: z.string().regex(/^\d+[A-Z]?$/, 'a section number such as 3 or 371A'),
      /** The <L id> of the line that carries the penalty words: "s3-2", "s4-text-2", "s376-1a". */
      pinpoint: z.string().regex(/^s\d+[a-z]?(?:-[a-z0-9]+)*$/, 'a pinpoint id such as s3-2'),
      label: z.string().min(1),
      subject: z.enum(OFFENCE_SUBJECTS),
      elements: z.object({
        act: tags(OFFENCE_ELEMENTS.act),
        means: tags(OFFENCE_ELEMENTS.means),
        purpose: tags(OFFENCE_ELEMENTS.purpose),
        /**
         * Purposes the words require together (PSMA s. 4(1): "for the purpose of getting benefit" and
         * "for the purpose of enabling the smuggling of migrants"). Each set is one element, met by
         * any one of its tags; every set is required. Empty: the purposes are alternatives, one
         * element ("for compelled labour or organized beggary or sexual exploitation"). When given,
         * the sets hold every tag of `purpose`, each once.
         */
        purposeGroups: z.array(z.array(z.enum(OFFENCE_ELEMENTS.purpose)).min(1)).default([]),
        victim: tags(OFFENCE_ELEMENTS.victim),
        circumstances: tags(OFFENCE_ELEMENTS.circumstances),
        /**
         * Circumstances that are alternatives to each other, any one of which completes the offence
         * ("from Pakistan or from lawful guardianship"; "involves (a) ...; (b) ...; or (c) ..."). A
         * circumstance in no set is required on its own.
         */
        alternatives: z.array(z.array(z.enum(OFFENCE_ELEMENTS.circumstances)).min(2)).default([]),
        /**
         * Circumstances that one of the conduct alternatives implies and that are never required on
         * their own (PPC 370, 371: "imports, exports" beside "buys, sells"): evidence when met.
         */
        evidenceOnly: tags(OFFENCE_ELEMENTS.circumstances),
        /**
         * Victims for whom the means need not be proved (PTPA s. 7: "Where the victim is a child,
         * the prosecution may not prove actual use of force, fraud or coercion").
         */
        meansExcusedFor: tags(OFFENCE_ELEMENTS.victim),
      }),
      punishment: z.object({
        imprisonment: z.object({
          minYears: years,
          maxYears: years,
          /** "rigorous" / "simple" / "either" (of either description) as worded; "unspecified" where the text just says "imprisonment". */
          kind: z.enum(['rigorous', 'simple', 'either', 'unspecified']),
          /** "imprisonment for life". */
          life: z.boolean(),
          death: z.boolean(),
          /** "imprisonment for the remainder period of (his) natural life" (PPC 375A, 376(1)). */
          remainderOfLife: z.boolean().optional(),
        }),
        /** "liable to forfeiture of property" (PPC 365A): not a fine, recorded on its own. */
        forfeiture: z.boolean().default(false),
        fine: z.object({
          minRupees: rupees,
          maxRupees: rupees,
          /** The text says "liable to fine" ("and shall also be liable to fine"). */
          liable: z.boolean(),
          /** A fine is provided and the provision states no maximum amount. */
          unlimited: z.boolean(),
        }),
        /**
         * How imprisonment and fine combine: "and" (both: "... and fine", "and shall also be liable
         * to fine"), "or" (one or the other), "or-both" ("or with fine, or with both"), "and-or".
         * null where the provision provides no fine (PPC 364A, 365A, 374(2)) or states no
         * punishment of its own (abetment, conspiracy, PPC 368).
         */
        combination: z.enum(['and', 'or', 'or-both', 'and-or']).nullable(),
        /** The penalty words, quoted verbatim from the pinpoint line (markers and brackets removed). */
        text: z.string().min(1),
      }),
      /** Each year and rupee figure exactly as the provision words it: "ten years", "one million rupees". */
      figures: z.array(z.string().min(1)).default([]),
      cognizable: z.boolean().nullable(),
      bailable: z.boolean().nullable(),
      compoundable: z.boolean().nullable(),
      /** Where the three classifications come from: "PTPA s. 9", "CrPC Schedule II". */
      classificationSource: z.string().min(1),
      court: z.string().min(1),
      agency: z.string().min(1),
      related: z
        .array(
          z.object({
            act: z.string().regex(ID),
            provision: z.string().regex(/^\d+[A-Z]?(?:\(\w+\))*$/),
            relation: z.enum(['aggravated-form', 'basic-offence', 'abetment', 'read-with', 'definition', 'procedure']),
          }),
        )
        .default([]),
      /** The version is the Act's current text. */
      current: z.boolean(),
      notes: z.string().optional(),
    })
    .superRefine((o, ctx) => {
      const { imprisonment: im, fine, combination } = o.punishment;
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (!o.pinpoint.startsWith(`s${o.provision.toLowerCase()}`) || !/^(-|$)/.test(o.pinpoint.slice(o.provision.length + 1)))
        issue(['pinpoint'], `pinpoint "${o.pinpoint}" is not in section ${o.provision}`);
      if (im.minYears !== null && im.maxYears !== null && im.minYears > im.maxYears) issue(['punishment', 'imprisonment'], 'minYears is more than maxYears');
      if (fine.minRupees !== null && fine.maxRupees !== null && fine.minRupees > fine.maxRupees) issue(['punishment', 'fine'], 'minRupees is more than maxRupees');
      if (fine.unlimited && fine.maxRupees !== null) issue(['punishment', 'fine', 'unlimited'], 'a fine with a maximum is not unlimited');
      if (combination === null && (fine.liable || fine.unlimited || fine.minRupees !== null || fine.maxRupees !== null))
        issue(['punishment', 'combination'], 'a fine is recorded, so say how it combines with imprisonment');
      if (combination !== null && fine.maxRupees === null && !fine.unlimited) issue(['punishment', 'fine', 'unlimited'], 'a fine with no maximum stated must be marked unlimited');
      for (const [i, set] of o.elements.alternatives.entries())
        for (const t of set) if (!o.elements.circumstances.includes(t)) issue(['elements', 'alternatives', i], `"${t}" is not among the record's circumstances`);
      const grouped = o.elements.purposeGroups.flat();
      for (const [i, set] of o.elements.purposeGroups.entries())
        for (const t of set) if (!o.elements.purpose.includes(t)) issue(['elements', 'purposeGroups', i], `"${t}" is not among the record's purposes`);
      if (grouped.length && (grouped.length !== new Set(grouped).size || o.elements.purpose.some((t) => !grouped.includes(t))))
        issue(['elements', 'purposeGroups'], 'the purpose sets must hold every purpose of the record, each once');
      for (const t of o.elements.evidenceOnly) if (!o.elements.circumstances.includes(t)) issue(['elements', 'evidenceOnly'], `"${t}" is not among the record's circumstances`);
      const noPunishment = combination === null && !im.life && !im.death && !im.remainderOfLife && im.minYears === null && im.maxYears === null;
      if (noPunishment && !o.notes) issue(['notes'], 'a provision recorded with no punishment of its own needs a note saying where the punishment is found');
    });
}

export type OffenceData = zod.infer<ReturnType<typeof offenceSchema>>;
