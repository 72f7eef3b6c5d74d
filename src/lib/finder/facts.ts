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
  { id: 'child', group: 'victim', label: 'A child under eighteen (boy or girl)', meets: { victim: ['child'] } },
  { id: 'girl', group: 'victim', label: 'A girl under eighteen', meets: { victim: ['child', 'minor-girl-under-eighteen', 'girl-under-twenty-one'] } },
  { id: 'under-fourteen', group: 'victim', label: 'A child under fourteen', meets: { victim: ['child', 'child-under-fourteen'] } },
  { id: 'under-ten', group: 'victim', label: 'A child under ten', meets: { victim: ['child', 'child-under-fourteen', 'child-under-ten'] } },
  { id: 'adult-woman', group: 'victim', label: 'A woman aged eighteen or over', meets: { victim: ['woman'] }, contradicts: { victim: UNDER_18 } },
  { id: 'adult-man', group: 'victim', label: 'A man aged eighteen or over', contradicts: { victim: [...UNDER_18, 'girl-under-twenty-one', 'woman'] }, meets: {} },
  { id: 'disability', group: 'victim', label: 'A person with a mental or physical disability', meets: { victim: ['person-with-disability'] } },
  // PSMA s. 2(f): "migrant" means a person who travels or intends to travel from one country to another; a Pakistani smuggled abroad is one (s. 2(i)(ii)).
  { id: 'migrant', group: 'victim', label: 'A migrant: anyone travelling, or meaning to travel, from one country to another (a Pakistani going abroad included)', meets: { victim: ['migrant'] } },
  { id: 'foreigner-unlawful', group: 'victim', label: 'A foreigner staying in Pakistan without meeting the legal requirements', meets: { victim: ['non-citizen-without-status', 'migrant'] } },
  { id: 'bonded-labourer', group: 'victim', label: 'A labourer bound by a debt or advance (peshgi)', meets: { victim: ['bonded-labourer'], purpose: ['bonded-labour'] } },
  { id: 'prisoner-of-war', group: 'victim', label: 'A prisoner of war or protected person', meets: { victim: ['prisoner-of-war-or-protected-person'] } },

  // What was done.
  { id: 'recruited', group: 'conduct', label: 'Recruited, transported, harboured, provided or obtained a person', meets: { act: ['recruit', 'harbour', 'transport', 'provide', 'obtain'] } },
  { id: 'kidnapped', group: 'conduct', label: 'Took, enticed or forced a person to go somewhere (kidnapping or abduction)', meets: { act: ['kidnap', 'abduct', 'induce'], circumstances: ['victim-kidnapped-or-abducted'] } },
  { id: 'sold-bought', group: 'conduct', label: 'Sold, bought, hired or otherwise disposed of or obtained a person', meets: { act: ['buy', 'sell', 'let-to-hire', 'hire', 'dispose', 'obtain', 'obtain-possession', 'traffic-or-deal', 'accept', 'receive'] } },
  { id: 'confined', group: 'conduct', label: 'Confined, detained, hid or harboured a person', meets: { act: ['confine', 'conceal', 'detain', 'harbour'], purpose: ['secret-wrongful-confinement'] } },
  { id: 'rape', group: 'conduct', label: 'Rape (sexual penetration without consent, or of a person under sixteen)', meets: { act: ['rape'] } },
  { id: 'unnatural', group: 'conduct', label: 'Carnal intercourse against the order of nature', meets: { act: ['carnal-intercourse-against-order-of-nature'] } },
  { id: 'sexual-abuse', group: 'conduct', label: 'Sexual abuse of a person under eighteen (obscene or sexually explicit conduct)', meets: { act: ['sexual-abuse'] } },
  { id: 'smuggled', group: 'conduct', label: 'Arranged or helped a person’s illegal entry into another country, for money or other benefit', meets: { act: ['smuggle-migrants'], purpose: ['illegal-entry', 'financial-or-material-benefit'], circumstances: ['cross-border'] } },
  { id: 'documents', group: 'conduct', label: 'Made, obtained, provided or held a travel or identity document to enable smuggling', meets: { act: ['produce-document', 'procure-document', 'provide-document', 'possess-document'], purpose: ['enabling-smuggling-of-migrants'] } },
  { id: 'compelled-work', group: 'conduct', label: 'Compelled a person to work against his or her will', meets: { act: ['compel-labour', 'compel-bonded-labour'], means: ['compulsion'], purpose: ['forced-labour', 'compelled-labour'] } },
  { id: 'compelled-military', group: 'conduct', label: 'Compelled a person to serve in armed forces', meets: { act: ['compel-military-service'], purpose: ['military-service'] } },
  { id: 'bond-enforced', group: 'conduct', label: 'Enforced a custom, agreement or other instrument requiring bonded labour', meets: { act: ['enforce-bonded-labour-instrument'], purpose: ['bonded-labour'] } },
  { id: 'extinguished-debt', group: 'conduct', label: 'Took payment on a bonded debt after the law extinguished it', meets: { act: ['accept-payment-on-extinguished-debt'], victim: ['bonded-labourer'] } },
  { id: 'property-kept', group: 'conduct', label: 'Did not restore property to a bonded labourer', meets: { act: ['fail-to-restore-property'], victim: ['bonded-labourer'] } },
  { id: 'identity-published', group: 'conduct', label: 'Printed or published a rape victim’s name or identity', meets: { act: ['disclose-victim-identity'] } },
  { id: 'attempted', group: 'conduct', label: 'Attempted it (the act was not completed)', meets: { act: ['attempt'] } },
  { id: 'abetted', group: 'conduct', label: 'Helped, instigated or conspired with the offender', meets: { act: ['abet', 'conspire'] } },

  // Movement. "Within Pakistan" contradicts only a border crossing the offence requires.
  { id: 'cross-border', group: 'movement', label: 'Taken, or to be taken, across a border (into or out of Pakistan)', meets: { circumstances: ['cross-border'] } },
  { id: 'within-pakistan', group: 'movement', label: 'Moved only within Pakistan', meets: {}, contradicts: { circumstances: ['cross-border'] } },
  { id: 'from-guardian', group: 'movement', label: 'Taken or enticed out of the keeping of a parent or lawful guardian', meets: { circumstances: ['from-lawful-guardianship'] } },

  // How.
  { id: 'force', group: 'means', label: 'Force', meets: { means: ['force', 'compulsion', 'any-means'] } },
  { id: 'fraud', group: 'means', label: 'Fraud or deception', meets: { means: ['fraud', 'any-means'] } },
  { id: 'coercion', group: 'means', label: 'Coercion, threats or intimidation', meets: { means: ['coercion', 'criminal-intimidation', 'compulsion', 'any-means'] } },
  { id: 'authority', group: 'means', label: 'Abuse of authority or position', meets: { means: ['abuse-of-authority', 'any-means'] } },
  // PTPA s. 3(3)(b): "compelled labour" includes ... debt bondage.
  { id: 'debt', group: 'means', label: 'A debt or advance (peshgi)', meets: { purpose: ['bonded-labour', 'compelled-labour'], victim: ['bonded-labourer'] } },

  // Why.
  { id: 'sexual-exploitation', group: 'purpose', label: 'Sexual exploitation or other sexual purpose', meets: { purpose: ['sexual-exploitation', 'lust', 'unnatural-lust', 'illicit-intercourse'] } },
  { id: 'prostitution', group: 'purpose', label: 'Prostitution or commercial sex acts', meets: { purpose: ['prostitution', 'commercial-sex-acts', 'sexual-exploitation', 'illicit-intercourse', 'unlawful-and-immoral-purpose'] } },
  { id: 'organized-beggary', group: 'purpose', label: 'Organized beggary', meets: { purpose: ['organized-beggary'] } },
  { id: 'compelled-labour', group: 'purpose', label: 'Forced or compelled labour or service', meets: { purpose: ['compelled-labour', 'forced-labour'] } },
  // BLSA s. 2(e): the bonded labour system is "the system of forced, or partly forced labour"; PTPA s. 3(3)(b): compelled labour includes debt bondage.
  { id: 'bonded-labour', group: 'purpose', label: 'Bonded labour', meets: { purpose: ['bonded-labour', 'compelled-labour', 'forced-labour'] } },
  // PTPA s. 3(3)(b): compelled labour includes slavery. PPC 370, 371: the victim is dealt with "as a slave".
  { id: 'slavery', group: 'purpose', label: 'Slavery: a person held, dealt in, or meant to be held as a slave', meets: { victim: ['slave'], purpose: ['slavery', 'compelled-labour'] } },
  { id: 'marriage', group: 'purpose', label: 'Forced marriage', meets: { purpose: ['forced-marriage'] } },
  { id: 'murder-hurt', group: 'purpose', label: 'To kill, or to cause grievous hurt', meets: { purpose: ['murder', 'grievous-hurt'] } },
  { id: 'ransom', group: 'purpose', label: 'Ransom or extortion', meets: { purpose: ['extortion'] } },
  { id: 'theft-from-child', group: 'purpose', label: 'To steal from the child’s person', meets: { purpose: ['theft-from-person-of-child'] } },
  { id: 'benefit', group: 'purpose', label: 'For money or other benefit', meets: { purpose: ['financial-or-material-benefit'] } },

  // Circumstances that make or aggravate an offence.
  { id: 'organized-group', group: 'circumstances', label: 'An organized criminal group', meets: { circumstances: ['organized-group'] } },
  { id: 'group-of-persons', group: 'circumstances', label: 'Raped by a group of persons, or by several acting with a common intention', meets: { circumstances: ['gang'] } },
  { id: 'hurt', group: 'circumstances', label: 'Hurt caused to the victim in the course of the offence', meets: { circumstances: ['hurt-caused'] } },
  { id: 'injury-or-death', group: 'circumstances', label: 'Serious injury, life-threatening illness or death', meets: { circumstances: ['injury-or-death'] } },
  { id: 'endangered', group: 'circumstances', label: 'Life or safety endangered', meets: { circumstances: ['endangerment'] } },
  { id: 'documents-confiscated', group: 'circumstances', label: 'Travel documents confiscated or destroyed', meets: { circumstances: ['documents-confiscated'] } },
  { id: 'repetition', group: 'circumstances', label: 'The offender did it before, or does it habitually', meets: { circumstances: ['repetition', 'habitual'] } },
  { id: 'cruel-treatment', group: 'circumstances', label: 'Cruel, inhuman or degrading treatment', meets: { circumstances: ['cruel-treatment'] } },
  { id: 'public-servant', group: 'circumstances', label: 'The offender is a public servant (police officer, medical officer, jailor …) using the position', meets: { circumstances: ['public-servant'], means: ['abuse-of-authority'] } },
];

export const FACT_IDS = new Set(FACTS.map((f) => f.id));

/** The facts as URL parameters (?f=child&f=sexual-exploitation) and back, ignoring unknown ids. */
export const factsFromParams = (params: URLSearchParams) => [...new Set(params.getAll('f').filter((f) => FACT_IDS.has(f)))];
export const factsToParams = (ids: string[]) => new URLSearchParams(ids.map((f) => ['f', f]));

/** "victim = child, woman; purpose = bonded labour" for the page that explains the matching. */
export function describeTags(map: TagMap | undefined): string {
  return Object.entries(map ?? {}).filter(([, v]) => v && v.length).map(([k, v]) => `${k} = ${(v as string[]).join(', ').replaceAll('-', ' ')}`).join('; ');
}
