// The facts a prosecutor can tick, and what each is evidence for. A fact MEETS element tags of
// the offence records (content/offences/*.yaml): ticking it is evidence for those elements. A fact
// CONTRADICTS a tag only where the two cannot both be true (an adult woman is not "a minor girl
// under eighteen"; a case wholly within Pakistan does not convey anyone "beyond the limits of
// Pakistan"). A fact not ticked proves nothing either way. Each mapping is shown on the page.
import type { OFFENCE_ELEMENTS } from '../../schemas/index.ts';

export type Category = keyof typeof OFFENCE_ELEMENTS;
export type TagMap = { [K in Category]?: readonly (typeof OFFENCE_ELEMENTS)[K][number][] };
export type FactGroup = 'victim' | 'conduct' | 'movement' | 'means' | 'purpose' | 'circumstances';

export interface Fact {
  id: string;
  label: string;
  group: FactGroup;
  /** Element tags this fact is evidence for. */
  meets: TagMap;
  /** Element tags this fact cannot stand with. */
  contradicts?: TagMap;
  /** Element tags this fact keeps open against another fact's contradiction (a person of unsound mind may be kidnapped from lawful guardianship at any age: PPC s. 361). */
  admits?: TagMap;
}

export const FACT_GROUPS: { id: FactGroup; label: string }[] = [
  { id: 'victim', label: 'Who is the victim?' },
  { id: 'conduct', label: 'What did the offender do?' },
  { id: 'movement', label: 'Was the victim moved?' },
  { id: 'means', label: 'By what means?' },
  { id: 'purpose', label: 'For what purpose?' },
  { id: 'circumstances', label: 'In what circumstances?' },
];

const UNDER_18 = ['child', 'child-under-fourteen', 'child-under-ten', 'minor', 'minor-girl-under-eighteen'] as const;

export const FACTS: Fact[] = [
  // Who. Ages: PTPA s. 2(a) "child" means a person under eighteen; PPC 364A (under fourteen), 369 (under ten), 366A (minor girl under eighteen), 366B (girl under twenty-one).
  // PPC 376(3) "a minor" (age not stated there): every child fact meets it, as the adult facts contradict it.
  { id: 'child', group: 'victim', label: 'A child under eighteen (boy or girl)', meets: { victim: ['child', 'minor'] } },
  { id: 'girl', group: 'victim', label: 'A girl under eighteen', meets: { victim: ['child', 'minor', 'minor-girl-under-eighteen', 'girl-under-twenty-one'] } },
  { id: 'under-fourteen', group: 'victim', label: 'A child under fourteen', meets: { victim: ['child', 'minor', 'child-under-fourteen'] } },
  { id: 'under-ten', group: 'victim', label: 'A child under ten', meets: { victim: ['child', 'minor', 'child-under-fourteen', 'child-under-ten'] } },
  // PPC 366B: "any girl under the age of twenty-one years".
  { id: 'young-woman', group: 'victim', label: 'A woman aged eighteen, nineteen or twenty (under twenty-one)', meets: { victim: ['woman', 'girl-under-twenty-one'] }, contradicts: { victim: UNDER_18, circumstances: ['from-lawful-guardianship'] } },
  // s. 361 covers a female under sixteen, a male under fourteen, or a person of unsound mind: an adult is kidnapped from lawful guardianship only if of unsound mind.
  { id: 'adult-woman', group: 'victim', label: 'A woman aged eighteen or over', meets: { victim: ['woman'] }, contradicts: { victim: UNDER_18, circumstances: ['from-lawful-guardianship'] } },
  { id: 'adult-man', group: 'victim', label: 'A man aged eighteen or over', contradicts: { victim: [...UNDER_18, 'girl-under-twenty-one', 'woman'], circumstances: ['from-lawful-guardianship'] }, meets: {} },
  { id: 'unsound-mind', group: 'victim', label: 'A person of unsound mind (any age: PPC s. 361)', meets: {}, admits: { circumstances: ['from-lawful-guardianship'] } },
  { id: 'disability', group: 'victim', label: 'A person with a mental or physical disability', meets: { victim: ['person-with-disability'] } },
  // PSMA s. 2(f): "migrant" means a person who travels or intends to travel from one country to another; a Pakistani smuggled abroad is one (s. 2(i)(ii)).
  { id: 'migrant', group: 'victim', label: 'A migrant: anyone travelling, or meaning to travel, from one country to another (a Pakistani going abroad included)', meets: { victim: ['migrant'] } },
  { id: 'foreigner-unlawful', group: 'victim', label: 'A foreigner staying in Pakistan without meeting the legal requirements', meets: { victim: ['non-citizen-without-status', 'migrant'] } },
  // BLSA s. 2(d): "bonded labourer" means a labour who incurs ... a bonded debt; s. 2(b): "bonded debt" means an advance (peshgi) obtained ... under, or in pursuance of, the bonded labour system.
  { id: 'bonded-labourer', group: 'victim', label: 'A bonded labourer: owes a bonded debt, an advance (peshgi) taken under the bonded labour system (BLSA s. 2(b), (d))', meets: { victim: ['bonded-labourer'], purpose: ['bonded-labour'] } },
  { id: 'prisoner-of-war', group: 'victim', label: 'A prisoner of war or protected person', meets: { victim: ['prisoner-of-war-or-protected-person'] } },

  // What was done.
  { id: 'recruited', group: 'conduct', label: 'Recruited, transported, harboured, provided or obtained a person', meets: { act: ['recruit', 'harbour', 'transport', 'provide', 'obtain'] } },
  { id: 'kidnapped', group: 'conduct', label: 'Took, enticed or forced a person to go somewhere (kidnapping or abduction)', meets: { act: ['kidnap', 'abduct', 'induce', 'remove'], circumstances: ['victim-kidnapped-or-abducted'] } },
  // PPC 366A: "induces ... to go from any place or to do any act".
  { id: 'induced-act', group: 'conduct', label: 'Induced or persuaded a person to do an act (without moving the person)', meets: { act: ['induce-to-act'] } },
  // The seller's acts (PPC 370, 371, 371A) apart from the buyer's (370, 371, 371B).
  { id: 'sold', group: 'conduct', label: 'Sold, let to hire or otherwise disposed of a person', meets: { act: ['sell', 'let-to-hire', 'dispose', 'traffic-or-deal'] } },
  { id: 'bought', group: 'conduct', label: 'Bought, hired or otherwise obtained possession of a person', meets: { act: ['buy', 'hire', 'obtain-possession', 'obtain', 'accept', 'receive', 'traffic-or-deal'] } },
  { id: 'confined', group: 'conduct', label: 'Confined, detained or concealed a person', meets: { act: ['confine', 'conceal', 'detain'] } },
  // PSMA s. 2(e): "harbour" has the meaning of s. 52-A of the Penal Code (not in the library).
  { id: 'harboured', group: 'conduct', label: 'Harboured a person (PSMA s. 2(e): as in s. 52-A of the Penal Code)', meets: { act: ['harbour'] } },
  { id: 'rape', group: 'conduct', label: 'Rape as PPC s. 375 defines it (penetration or oral contact against the person’s will, without consent, with consent obtained by fear of death or hurt, by impersonating a husband or from a person unable to understand, with a person under sixteen, or with one unable to communicate consent)', meets: { act: ['rape'] } },
  { id: 'unnatural', group: 'conduct', label: 'Carnal intercourse against the order of nature', meets: { act: ['carnal-intercourse-against-order-of-nature'] } },
  { id: 'sexual-abuse', group: 'conduct', label: 'Sexual abuse of a person under eighteen (obscene or sexually explicit conduct)', meets: { act: ['sexual-abuse'] } },
  // PSMA s. 2(i): "the facilitation, for benefit, of illegal entry" (into Pakistan, or from Pakistan into another country): the benefit is its own fact.
  { id: 'smuggled', group: 'conduct', label: 'Arranged or helped a person’s illegal entry into Pakistan or into another country', meets: { act: ['smuggle-migrants'], purpose: ['illegal-entry'], circumstances: ['cross-border'] } },
  { id: 'documents', group: 'conduct', label: 'Produced, procured, provided or possessed a document (of any kind) to enable the smuggling of migrants', meets: { act: ['produce-document', 'procure-document', 'provide-document', 'possess-document'], purpose: ['enabling-smuggling-of-migrants'] } },
  { id: 'compelled-work', group: 'conduct', label: 'Compelled a person to work against his or her will', meets: { act: ['compel-labour', 'compel-bonded-labour'], means: ['compulsion'], purpose: ['forced-labour', 'compelled-labour'] } },
  { id: 'compelled-military', group: 'conduct', label: 'Compelled a person to serve in the armed forces of Pakistan', meets: { act: ['compel-military-service'], purpose: ['military-service'] } },
  { id: 'bond-enforced', group: 'conduct', label: 'Enforced a custom, tradition, practice, contract, agreement or other instrument requiring a person (or a family member) to render service under the bonded labour system', meets: { act: ['enforce-bonded-labour-instrument'], purpose: ['bonded-labour'] } },
  { id: 'extinguished-debt', group: 'conduct', label: 'Took payment on a bonded debt after the law extinguished it', meets: { act: ['accept-payment-on-extinguished-debt'], victim: ['bonded-labourer'] } },
  { id: 'property-kept', group: 'conduct', label: 'Did not restore property to a bonded labourer', meets: { act: ['fail-to-restore-property'], victim: ['bonded-labourer'] } },
  { id: 'identity-published', group: 'conduct', label: 'Printed or published the name, or any matter that may make known the identity, of a victim of an offence under PPC s. 354A, 376, 376A, 377 or 377B', meets: { act: ['disclose-victim-identity'] } },
  { id: 'attempted', group: 'conduct', label: 'Attempted it (the act was not completed)', meets: { act: ['attempt'] } },
  { id: 'abetted', group: 'conduct', label: 'Helped, instigated or conspired with the offender', meets: { act: ['abet', 'conspire'] } },

  // Movement. The direction matters: PPC s. 360 conveys "beyond the limits of Pakistan"; s. 366B imports "into Pakistan from any country outside Pakistan".
  { id: 'cross-border', group: 'movement', label: 'Taken, or to be taken, across a border (into or out of Pakistan)', meets: { circumstances: ['cross-border'] } },
  { id: 'sent-abroad', group: 'movement', label: 'Took or sent a person out of Pakistan to another country (exported the person)', meets: { act: ['export'], circumstances: ['cross-border'] } },
  { id: 'taken-out', group: 'movement', label: 'Conveyed out of Pakistan (beyond its limits) without the consent of the person or of someone legally authorised to consent for the person (PPC s. 360)', meets: { act: ['export'], circumstances: ['from-pakistan', 'cross-border'] } },
  { id: 'brought-in', group: 'movement', label: 'Brought (imported) into Pakistan from a country outside Pakistan', meets: { act: ['import'], circumstances: ['into-pakistan', 'cross-border'] } },
  // A migrant "travels or intends to travel" (PSMA s. 2(f)): only a case with no crossing meant contradicts it.
  { id: 'within-pakistan', group: 'movement', label: 'Moved, or meant to be moved, only within Pakistan (no border crossed or intended)', meets: {}, contradicts: { circumstances: ['cross-border', 'from-pakistan', 'into-pakistan'], victim: ['migrant'] } },
  { id: 'from-guardian', group: 'movement', label: 'A boy under fourteen, a girl under sixteen, or a person of unsound mind, taken or enticed out of the keeping of a parent or lawful guardian without the guardian’s consent (PPC s. 361)', meets: { circumstances: ['from-lawful-guardianship'] } },

  // How.
  { id: 'force', group: 'means', label: 'Force', meets: { means: ['force', 'compulsion'] } },
  { id: 'fraud', group: 'means', label: 'Fraud or deception', meets: { means: ['fraud'] } },
  { id: 'coercion', group: 'means', label: 'Coercion, threats or intimidation', meets: { means: ['coercion', 'criminal-intimidation', 'compulsion'] } },
  { id: 'authority', group: 'means', label: 'Abuse of authority or position', meets: { means: ['abuse-of-authority'] } },

  // Why.
  { id: 'sexual-exploitation', group: 'purpose', label: 'Sexual exploitation or other sexual purpose', meets: { purpose: ['sexual-exploitation', 'lust', 'illicit-intercourse'] } },
  // PPC 367A: "the unnatural lust of any person"; only a fact stating that purpose meets it.
  { id: 'unnatural-lust', group: 'purpose', label: 'To subject the person to unnatural lust (carnal intercourse against the order of nature)', meets: { purpose: ['unnatural-lust', 'lust'] } },
  // PPC 364A "the lust of any person": prostitution subjects the person to it.
  { id: 'prostitution', group: 'purpose', label: 'Prostitution or commercial sex acts', meets: { purpose: ['prostitution', 'commercial-sex-acts', 'sexual-exploitation', 'illicit-intercourse', 'unlawful-and-immoral-purpose', 'lust'] } },
  { id: 'organized-beggary', group: 'purpose', label: 'Organized beggary', meets: { purpose: ['organized-beggary'] } },
  { id: 'compelled-labour', group: 'purpose', label: 'Forced or compelled labour or service', meets: { purpose: ['compelled-labour', 'forced-labour'] } },
  // PTPA s. 3(3)(b): "compelled labour" includes ... debt bondage. A debt or advance alone is neither debt bondage nor a bonded debt.
  { id: 'debt-bondage', group: 'purpose', label: 'Debt bondage: labour or service exacted against a debt or advance (peshgi) (PTPA s. 3(3)(b))', meets: { purpose: ['compelled-labour'] } },
  // BLSA s. 2(c), (e): "bonded labour" is labour or service rendered under the bonded labour system, "the system of forced, or partly forced, labour"; PTPA s. 3(3)(b): compelled labour includes debt bondage.
  { id: 'bonded-labour', group: 'purpose', label: 'Bonded labour: labour or service under the bonded labour system (BLSA s. 2(c), (e))', meets: { purpose: ['bonded-labour', 'compelled-labour', 'forced-labour'] } },
  // PTPA s. 3(3)(b): compelled labour includes slavery. PPC 370, 371: the victim is dealt with "as a slave".
  { id: 'slavery', group: 'purpose', label: 'Slavery: a person held, dealt in, or meant to be held as a slave', meets: { victim: ['slave'], purpose: ['slavery', 'compelled-labour'] } },
  { id: 'marriage', group: 'purpose', label: 'Forced marriage', meets: { purpose: ['forced-marriage'] } },
  // PPC 365: "with intent to cause that person to be secretly and wrongfully confined".
  { id: 'secret-confinement', group: 'purpose', label: 'To keep the person secretly and wrongfully confined', meets: { purpose: ['secret-wrongful-confinement'] } },
  { id: 'murder-hurt', group: 'purpose', label: 'To kill, or to put in danger of being killed, or to cause grievous hurt', meets: { purpose: ['murder', 'grievous-hurt'] } },
  { id: 'ransom', group: 'purpose', label: 'Ransom or extortion', meets: { purpose: ['extortion'] } },
  { id: 'theft-from-child', group: 'purpose', label: 'To steal from the child’s person', meets: { purpose: ['theft-from-person-of-child'] } },
  { id: 'benefit', group: 'purpose', label: 'For money or other benefit', meets: { purpose: ['financial-or-material-benefit'] } },

  // Circumstances that make or aggravate an offence.
  { id: 'organized-group', group: 'circumstances', label: 'An organized criminal group', meets: { circumstances: ['organized-group'] } },
  { id: 'group-of-persons', group: 'circumstances', label: 'Raped by a group of persons, or by several acting with a common intention', meets: { circumstances: ['gang'] } },
  // PPC 376(1A): only hurt "punishable as an offence under" the sections it lists.
  { id: 'hurt', group: 'circumstances', label: 'In the course of the offence, hurt punishable under PPC s. 333, s. 335, s. 337(3)(iv)–(vi), s. 337C or s. 337F(v)–(vi) (other hurt does not meet s. 376(1A))', meets: { circumstances: ['hurt-caused'] } },
  { id: 'injury-or-death', group: 'circumstances', label: 'Serious injury, life-threatening illness or death', meets: { circumstances: ['injury-or-death'] } },
  { id: 'endangered', group: 'circumstances', label: 'Life or safety endangered', meets: { circumstances: ['endangerment'] } },
  { id: 'documents-confiscated', group: 'circumstances', label: 'Travel documents confiscated or destroyed', meets: { circumstances: ['documents-confiscated'] } },
  // PTPA s. 4(d) "repetition of the offence by the same offender"; PPC 371 "habitually": doing it once before is not a habit.
  { id: 'repetition', group: 'circumstances', label: 'The offender did it before (repetition of the offence)', meets: { circumstances: ['repetition'] } },
  { id: 'habitual', group: 'circumstances', label: 'The offender does it habitually (a habit or practice, not only once before)', meets: { circumstances: ['habitual', 'repetition'] } },
  { id: 'cruel-treatment', group: 'circumstances', label: 'Cruel, inhuman or degrading treatment', meets: { circumstances: ['cruel-treatment'] } },
  { id: 'public-servant', group: 'circumstances', label: 'The offender is a public servant (police officer, medical officer, jailor …) using the position', meets: { circumstances: ['public-servant'], means: ['abuse-of-authority'] } },
  // BLSA s. 13: "being required by this Act to restore any property ... within a period of ninety days from the commencement of this Act" (ss. 6(4)-(6), 7(1)).
  { id: 'property-before-commencement', group: 'circumstances', label: 'The property was taken, attached, sold or encumbered for a bonded debt before the Bonded Labour Act commenced, and was not restored within ninety days (BLSA ss. 6(4)–(6), 7(1), 13)', meets: { circumstances: ['property-due-for-restoration'] } },
];

export const FACT_IDS = new Set(FACTS.map((f) => f.id));

/** The facts as URL parameters (?f=child&f=sexual-exploitation) and back, ignoring unknown ids. */
export const factsFromParams = (params: URLSearchParams) => [...new Set(params.getAll('f').filter((f) => FACT_IDS.has(f)))];
export const factsToParams = (ids: string[]) => new URLSearchParams(ids.map((f) => ['f', f]));

/** "victim = child, woman; purpose = bonded labour" for the page that explains the matching. */
export function describeTags(map: TagMap | undefined): string {
  return Object.entries(map ?? {}).filter(([, v]) => v && v.length).map(([k, v]) => `${k} = ${(v as string[]).join(', ').replaceAll('-', ' ')}`).join('; ');
}
