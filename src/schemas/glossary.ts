// The search vocabulary (content/glossary/*.yaml): the words police, prosecutors and lawyers in
// Pakistan use for what the statutes deal with — English legal terms, their ordinary legal Urdu,
// Roman Urdu spellings and plain descriptions — and the provisions each leads to. Editorial: it
// steers readers to the text; it never becomes statute text, and it is not a translation of any Act.
import type { z as zod } from 'zod';

type Z = typeof zod;

/** A provision of the current text of an Act: "<act id>/<section number>", e.g. "ppc/365A", "ptpa-2018/3". */
export const PROVISION_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:\d+[A-Z]?|preamble)$/;

/** Letters of the Arabic script as Urdu uses them. */
const URDU = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D ]+$/;

export function glossaryTermSchema(z: Z) {
  const ref = z.string().regex(PROVISION_REF, 'a provision such as "ppc/365A" or "ptpa-2018/3" (Act id / section number)');
  return z
    .object({
      /** The English legal term, as the statutes or the courts say it: "Kidnapping for ransom". */
      term: z.string().min(1),
      /** Other English names for it ("human trafficking"), searched like the term. */
      english: z.array(z.string().min(1)).default([]),
      /** Its ordinary legal Urdu, in Urdu script: "اغوا برائے تاوان". */
      urdu: z.array(z.string().regex(URDU, 'Urdu script only')).min(1),
      /** Roman Urdu spellings people type, lower case: "aghwa", "agwa", "aghwah". */
      roman: z.array(z.string().regex(/^[a-z][a-z' -]*[a-z]$/, 'lower-case letters, spaces, hyphens or apostrophes')).min(1),
      /** Plain-English descriptions of what it covers, in the words of readers, not of the statute. */
      descriptions: z.array(z.string().min(1)).min(1),
      /**
       * Facts and questions as readers tell them ("picked up my son and demanded money to let him
       * go", "which court hears a trafficking case"): search words of the provisions only, never
       * shown as what the law covers.
       */
      told: z.array(z.string().min(1)).default([]),
      /** The provisions (current text) that really deal with it, the most direct first. */
      provisions: z.array(ref).min(1),
      /** Of those, the ones the term is the common name of: weighed like their heading in search. */
      names: z.array(ref).default([]),
      /**
       * A facet of a case or a question that the law turns on (a child, a woman, the punishment):
       * its words name it wherever they stand, even inside a longer phrase of another term
       * ("bacha bech diya" names the child too; "اغوا کی سزا" asks for the punishment).
       */
      facet: z.boolean().default(false),
      /** An editorial remark on usage, shown on the glossary page. */
      note: z.string().optional(),
    })
    .superRefine((t, ctx) => {
      t.names.forEach((n, i) => {
        if (!t.provisions.includes(n)) ctx.addIssue({ code: 'custom', path: ['names', i], message: `"${n}" is not among this term's provisions` });
      });
    });
}

export type GlossaryTermData = zod.infer<ReturnType<typeof glossaryTermSchema>>;
