// The elements of an offence record, as the finder weighs them: one element per kind of tag
// (conduct, means, purpose, victim), met by any of its alternatives ("recruits, harbours,
// transports, provides or obtains"); purposes the words require together (`purposeGroups`: PSMA
// s. 4(1) "for the purpose of getting benefit" and "for the purpose of enabling the smuggling of
// migrants") are one element each; and the circumstances, each required on its own unless the
// record groups them as alternatives or marks them evidence only (content/offences/README.md).
import type { OffenceData } from '../../schemas/index.ts';
import type { Category } from './facts.ts';

export interface Element {
  /** Stable within a record: "act", "purpose", "purpose:1" (a required purpose set), "circumstances:gang", "circumstances:0". */
  key: string;
  category: Category;
  /** Any one of these tags meets the element. */
  anyOf: string[];
  /** Evidence when met, never required: not counted unless met, never contradicted. */
  evidenceOnly?: boolean;
  /** Plain words: "Conduct: kidnap or abduct". */
  label: string;
  /** Means only: victims for whom the means need not be proved (PTPA s. 7). */
  excusedFor?: string[];
}

const CATEGORY_WORDS: Record<Category, string> = { act: 'Conduct', means: 'Means', purpose: 'Purpose', victim: 'Victim', circumstances: 'Circumstance' };
/** Tags whose words need more than their hyphens turned to spaces. */
const TAG_WORDS: Record<string, string> = {
  'minor-girl-under-eighteen': 'a minor girl under eighteen',
  'girl-under-twenty-one': 'a girl under twenty-one',
  'child-under-fourteen': 'a child under fourteen',
  'child-under-ten': 'a child under ten',
  child: 'a child (under eighteen)',
  woman: 'a woman',
  slave: 'a person as a slave',
  migrant: 'a migrant',
  'non-citizen-without-status': 'a person not a citizen or permanent resident, not complying with the requirements for remaining in Pakistan',
  'bonded-labourer': 'a bonded labourer',
  'person-with-disability': 'a person with mental or physical disability',
  'prisoner-of-war-or-protected-person': 'a prisoner of war or protected person',
  minor: 'a minor (age not stated in the section)',
  'cross-border': 'movement across a border, into or out of Pakistan',
  'from-pakistan': 'conveyed beyond the limits of Pakistan without the consent of the person or of someone legally authorised to consent on the person’s behalf (s. 360)',
  'into-pakistan': 'brought into Pakistan from a country outside Pakistan',
  'from-lawful-guardianship': 'a minor (male under fourteen, female under sixteen) or a person of unsound mind, taken or enticed out of the keeping of the lawful guardian without the guardian’s consent (s. 361)',
  gang: 'by a group of persons or persons acting with a common intention',
  'hurt-caused': 'in the course of the offence, hurt punishable under s. 333, s. 335, s. 337(3)(iv)–(vi), s. 337C or s. 337F(v)–(vi)',
  'property-due-for-restoration': 'property the Act requires restored to the bonded labourer (taken, attached, sold or encumbered for a bonded debt before the Act commenced: ss. 6(4)–(6), 7(1)), not restored within ninety days of commencement',
  induce: 'induce to go from any place',
  murder: 'murder, or disposal so as to be put in danger of being murdered',
  'disclose-victim-identity': 'print or publish the name, or any matter which may make known the identity, of the victim',
  'enforce-bonded-labour-instrument': 'enforce a custom, tradition, practice, contract, agreement or other instrument requiring service under the bonded labour system',
  'induce-to-act': 'induce to do any act',
  'unnatural-lust': 'the unnatural lust of any person',
  'public-servant': 'a public servant taking advantage of the official position',
  'after-commencement': 'after the Act came into force',
  'victim-kidnapped-or-abducted': 'the person had been kidnapped or abducted, and the offender knew it',
  'obtain-possession': 'obtain possession of',
  'injury-or-death': 'serious injury, life-threatening illness or death',
  habitual: 'habitually',
  'organized-group': 'an organized criminal group',
  'documents-confiscated': 'a travel document confiscated or destroyed',
  repetition: 'repetition by the same offender',
  'financial-or-material-benefit': 'benefit',
  'secret-wrongful-confinement': 'secret and wrongful confinement',
  'theft-from-person-of-child': 'dishonestly taking property from the child’s person',
};

/** "kidnap or abduct"; "force, fraud or coercion". */
export function tagWords(tags: string[]): string {
  const w = tags.map((t) => TAG_WORDS[t] ?? t.replaceAll('-', ' '));
  return w.length > 1 ? `${w.slice(0, -1).join(', ')} or ${w[w.length - 1]}` : (w[0] ?? '');
}

/** Acts that make a record an aggravated form, abetment or conspiracy rather than an offence of its own. */
export const DERIVATIVE_ACTS = ['commit-base-offence', 'abet', 'conspire'];

/**
 * The record's elements. "any" victim is not an element (any person); conduct excludes the
 * derivative acts (which the finder handles by the offence they refer to).
 */
export function elementsOf(o: Pick<OffenceData, 'elements'>): Element[] {
  const e = o.elements;
  const out: Element[] = [];
  const group = (category: Category, tags: string[]) => {
    if (tags.length) out.push({ key: category, category, anyOf: tags, label: `${CATEGORY_WORDS[category]}: ${tagWords(tags)}` });
  };
  group('act', e.act.filter((t) => !DERIVATIVE_ACTS.includes(t)));
  group('means', [...e.means]);
  if (e.meansExcusedFor.length && out.length && out[out.length - 1].category === 'means') out[out.length - 1].excusedFor = [...e.meansExcusedFor];
  if (e.purposeGroups.length) e.purposeGroups.forEach((set, i) => out.push({ key: `purpose:${i}`, category: 'purpose', anyOf: [...set], label: `${CATEGORY_WORDS.purpose}: ${tagWords([...set])}` }));
  else group('purpose', [...e.purpose]);
  group('victim', e.victim.filter((t) => t !== 'any'));
  const grouped = new Set(e.alternatives.flat());
  e.alternatives.forEach((set, i) => out.push({ key: `circumstances:${i}`, category: 'circumstances', anyOf: [...set], label: `${CATEGORY_WORDS.circumstances}: ${tagWords([...set])}` }));
  for (const t of e.circumstances) {
    if (grouped.has(t)) continue;
    const evidenceOnly = e.evidenceOnly.includes(t);
    out.push({ key: `circumstances:${t}`, category: 'circumstances', anyOf: [t], evidenceOnly, label: `${CATEGORY_WORDS.circumstances}: ${tagWords([t])}` });
  }
  return out;
}
