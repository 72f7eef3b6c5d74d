// What a question asks beyond its words, read from its form. Pure.

/**
 * Whether the query asks which agency investigates ("case is for local police or FIA", "who will
 * investigate"): a question of procedure, though told at the end of a statement of facts. PTPA s. 8
 * ("the police shall investigate"; the FIA where the victim is moved into or out of Pakistan), PSMA s. 11.
 * In: the query as typed. Out: true when asked.
 */
export function agencyAsked(q: string): boolean {
  // "police or FIA" asks only beside a word of investigating ("afraid to go to police or FIA" tells a fact).
  const choice = String.raw`\b(?:police|fia)\s+(?:or|ya)\s+(?:the\s+)?(?:local\s+)?(?:police|fia)\b`;
  const investigate = String.raw`\b(?:investigat\w*|jurisdiction|tafteesh)\b`;
  return new RegExp(`${choice}[^.]{0,40}${investigate}|${investigate}[^.]{0,40}${choice}`, 'i').test(q)
    || /\bwho\s+(?:will|should|shall|can|would|must|is\s+to|has\s+to)\s+investigat\w*|\bwhich\s+(?:agency|department)\s+(?:will\s+|should\s+|shall\s+|can\s+|is\s+to\s+|has\s+to\s+)?investigat\w*/i.test(q);
}

// Who may have done the wrong: a question of whether such a one is liable asks of the offence, not of the victim's immunity.
const OFFENDER = /^(?:man|men|managers?|buyers?|customers?|clients?|staff|guards?|drivers?|teachers?|agents?|traffickers?|smugglers?|owners?|employers?|contractors?|compan(?:y|ies)|directors?|officials?|officers?|accused|landlords?|zamindars?|madams?|pimps?|recruiters?|parents?|father|mother|husband|brother|uncle|relatives?|facilitators?|creditors?|jamadars?|munshis?|kiln)$/i;
// The victim side: one trafficked or smuggled, told as such.
const VICTIM = /\b(?:victims?|trafficked|smuggled|migrants?|rescued|deportees?|deported|paid\s+(?:the|an|a)\s+agent|sent\s+abroad)\b/i;

// The police or "they" booking, charging or making a case against a pronoun: a step against one person.
const AGAINST = /\b(?:police|fia|they|officers?|sho)\s+(?:\S+\s+){0,3}?(?:(?:book|charge|arrest|prosecute|jail|challan)\s+(?:her|him|them)|(?:make|register|file|lodge|put)\s+(?:an?\s+|the\s+)?(?:case|fir|parcha)\s+(?:on|against)\s+(?:her|him|them))\b/i;

/**
 * Whose liability the query asks about ("can she be convicted for it or is she protected", "can the person who paid
 * the agent be made co-accused or only a witness", "can the agent be punished"): the victim's side (PTPA s. 6 "a
 * victim of trafficking in persons shall not be criminally or otherwise liable … but may become witness in the case";
 * PSMA s. 8 "smuggled migrants shall not become liable to criminal prosecution … and may be a witness in the case"),
 * or an offender's (an agent, an owner, a parent), whose question is of the offence.
 * In: the query as typed. Out: 'victim', 'offender', or undefined when no liability is asked.
 */
export function liabilityAskedOf(q: string): 'victim' | 'offender' | undefined {
  const asked = /\b(?:can|could|will|would|should|may|shall|is|are)\s+((?:\S+\s+){0,12}?)(?:be|been|get)\s+(?:made\s+(?:an?\s+|the\s+)?)?(?:convicted|prosecuted|punished|charged|booked|jailed|arrested|co-accused|accused|liable|criminally\s+liable)\b/i.exec(q);
  // Told, not asked: "rescued trafficking victim now being charged by police for carrying a fake CNIC".
  const told = /\b(?:victims?|migrants?|deportees?)\b((?:\s+[^\s,;]+){0,5}?)\s+(?:(?:is|are|was|were|now|being|been|got|has|have)\s+)+(?:charged|booked|arrested|prosecuted|convicted|jailed|made\s+(?:an?\s+)?accused)\b/i.exec(q);
  // The police acting, or about to act, against one the query tells as the victim: "police want to book him as
  // well" (a deportee), "can they really make case on her? she is the victim". A base verb: one about to be done.
  // The pronoun must fit one the query tells of: "girls rescued …, police want to arrest him" is of the pimp.
  const against = AGAINST.exec(q);
  const pronoun = against?.[0].match(/\b(?:her|him|them)$/i)?.[0].toLowerCase();
  const fits = pronoun === 'him' ? /\b(?:he|his|man|men|boys?|sons?|brothers?|husband|youth|labou?rers?|workers?|migrants?|deportees?|cousin|nephew)\b/i
    : pronoun === 'her' ? /\b(?:she|girls?|wom[ae]n|daughters?|sisters?|wife|maids?|cousin|niece)\b/i : /./;
  if (against && VICTIM.test(q) && fits.test(q.replace(against[0], ''))) return 'victim';
  if (told && !told[1].trim().split(/\s+/).some((w) => OFFENDER.test(w.replace(/[^\p{L}-]/gu, '')) || /^(?:and|but|while|whereas)$/i.test(w))) return 'victim';
  if (!asked) return undefined;
  const subject = asked[1].trim().split(/\s+/).filter((w) => w && !/^(?:the|a|an|this|that|these|those|such|our)$/i.test(w));
  const head = subject[0]?.replace(/[^\p{L}-]/gu, '') ?? '';
  if (!head) return undefined;
  const text = subject.join(' ');
  // The one asked about is the victim only where the subject says so: a migrant, a deportee, one who paid the agent
  // or was sent, trafficked or smuggled; any offender's word in it ("the man who bought her", "the travel agent") is not.
  if (/\bwho\s+(?:had\s+)?paid\b|\bwho\s+(?:was|were|got)\s+(?:sent|smuggled|trafficked|deported)\b/i.test(text)) return 'victim';
  if (subject.some((w) => OFFENDER.test(w.replace(/[^\p{L}-]/gu, '')))) return 'offender';
  if (/\b(?:victims?|migrants?|deportees?|trafficked|smuggled|rescued)\b/i.test(text)) return 'victim';
  // A pronoun stands for the victim only where the question itself sets the victim's way out beside it.
  if (/^(?:he|she|they|him|her|them)$/i.test(head) && VICTIM.test(q)) return /\bor\s+(?:only\s+|just\s+|merely\s+)?(?:an?\s+|the\s+)?witness\b|\b(?:protected|immune|exempt)\b|\bnot\s+(?:be\s+)?liable\b/i.test(q) ? 'victim' : undefined;
  return undefined;
}

/** Whether the query asks if the victim of trafficking or the smuggled migrant is liable (liabilityAskedOf). */
export const ownLiabilityAsked = (q: string): boolean => liabilityAskedOf(q) === 'victim';
