// What a question asks beyond its words, read from its form. Pure.

/**
 * Whether the query asks which agency investigates ("case is for local police or FIA", "who will
 * investigate"): a question of procedure, though told at the end of a statement of facts. PTPA s. 8
 * ("the police shall investigate"; the FIA where the victim is moved into or out of Pakistan), PSMA s. 11.
 * In: the query as typed. Out: true when asked.
 */
export function agencyAsked(q: string): boolean {
  // "police or FIA" asks only beside a word of investigating ("afraid to go to police or FIA" tells a fact).
  const choice = String.raw`\b(?:police|fia|thana)\s+(?:or|ya)\s+(?:the\s+)?(?:local\s+)?(?:police|fia|thana)\b`;
  const investigate = String.raw`\b(?:investigat\w*|jurisdiction|tafteesh)\b`;
  return new RegExp(`${choice}[^.]{0,40}${investigate}|${investigate}[^.]{0,40}${choice}`, 'i').test(q)
    // Told as a wish or a step: "parents want FIA to take over", "accused wants investigation shifted".
    // Not a transfer inside the police ("to another SHO", "crime branch"): PTPA s. 8 is of the police or the FIA.
    || (!/\b(?:another|other|different)\s+(?:sho|io|officer|police\s+station|thana)\b|\bcrime\s+branch\b/i.test(q)
      && /\b(?:wants?|wanted|wanting|ask\w*|seek\w*|request\w*|appl(?:y|ied|ies))\s+(?:for\s+)?(?:the\s+)?(?:fia|police|ahtc)\s+to\s+take\s+over\b|\binvestigation\s+(?:to\s+be\s+|be\s+)?(?:shifted|transferred|moved|handed\s+over)\b|\b(?:transfer|shift)(?:ring|ing|red|ed)?\s+(?:of\s+)?(?:the\s+)?(?:investigation|case)\s+to\s+(?:the\s+)?(?:fia|police)\b|\b(?:transfer|shift)(?:ring|ing|red|ed)?\s+(?:of\s+)?(?:the\s+)?investigation\b|\btake\s+over\s+(?:the\s+)?(?:investigation|inquiry)\b|\b(?:tafteesh|taftish)\s+(?:fia|police)\s+(?:kare|karay|karegi|karega)\b|\bfia\s+ko\s+transfer\b|\binvestigation\s+(?:transfer|shift)\w*\s+to\s+(?:the\s+)?(?:fia|police)\b/i.test(q))
    // "do we investigate ourselves or send it to FIA": the police's own case or the FIA's, asked.
    || /\b(?:investigat\w*|register\w*|probe)\s+(?:it\s+|the\s+case\s+)?(?:ourselves|ourself|here|locally)\s+or\s+(?:send|refer|transfer|forward|hand)\w*\s+(?:it\s+|the\s+case\s+)?(?:over\s+)?to\s+(?:the\s+)?fia\b/i.test(q)
    // "kon investigate karta", "kaun tafteesh karega"; "who is the competent investigating agency".
    || /\b(?:kon|kaun)\s+(?:sa\s+|si\s+)?(?:investigat\w*|tafteesh|taftish)\b|\b(?:competent|proper|right|correct)\s+(?:investigating|investigation)\s+(?:agency|authority|officer|department)\b/i.test(q)
    // "parcha police karegi ya FIA", "FIR thana kaategi ya FIA": which of the two registers or runs the case, asked in Roman Urdu.
    // Not where bail is what is asked ("mukadma police ya FIA jis ne bhi darj kiya ho, agent ko bail milegi").
    || (!/\bbail\w*|\bzamanat\w*|ضمانت/i.test(q) && /\b(?:parcha|parchah|fir|mukadma|muqadma|muqadmah|tafteesh|taftish)\s+(?:\S+\s+){0,2}?(?:police|fia|thana)\s+(?:\S+\s+)?(?:ya|or)\s+(?:phir\s+)?(?:police|fia|thana)\b|\b(?:police|fia|thana)\s+(?:kare\w*|kar\w*|kaat\w*|darj\s+kar\w*)\s+(?:gi|ga|gay|ge\s+)?(?:ya|or)\s+(?:phir\s+)?(?:police|fia|thana)\b|\b(?:police|fia|thana)\s+(?:ya|or)\s+(?:police|fia|thana)\s+(?:\S+\s+)?(?:karegi|karega|karay\w*|karen?ge|dekhe\w*|sambhale\w*)\b/i.test(q))
    // Where to complain, asked as a choice ("shikayat kahan karun thana ya fia", "where to report, police or FIA").
    || /\b(?:kahan|kahaan|kidhar|where|kis\s+ke\s+paas)\b[^.?]{0,30}?\b(?:thana|police|fia)\s+(?:ya|or)\s+(?:the\s+)?(?:thana|police|fia)\b|\b(?:thana|police|fia)\s+(?:ya|or)\s+(?:the\s+)?(?:thana|police|fia)\s*\?/i.test(q)
    || /\bwho\s+(?:will|should|shall|can|would|must|is\s+to|has\s+to)\s+investigat\w*|\bwhich\s+(?:agency|department)\s+(?:will\s+|should\s+|shall\s+|can\s+|is\s+to\s+|has\s+to\s+)?investigat\w*/i.test(q);
}

// Who may have done the wrong: a question of whether such a one is liable asks of the offence, not of the victim's immunity.
const OFFENDER = /^(?:man|men|managers?|buyers?|customers?|clients?|staff|guards?|drivers?|teachers?|agents?|traffickers?|smugglers?|owners?|employers?|contractors?|compan(?:y|ies)|directors?|officials?|officers?|accused|landlords?|zamindars?|madams?|pimps?|recruiters?|parents?|father|mother|husband|brother|uncle|relatives?|facilitators?|creditors?|jamadars?|munshis?|kiln)$/i;
// The victim side: one trafficked or smuggled, told as such.
// Or one told forced into the wrong done ("forced into sex work", "when she was forced into it").
const VICTIM = /\b(?:victims?|trafficked|smuggled|migrants?|rescued|recovered|deportees?|deported|paid\s+(?:the|an|a)\s+agent|sent\s+abroad|(?:was|were|been|being)\s+forced\s+(?:in)?to\s+(?:sex|prostitution|labou?r|begging|beggary|work|it|this|that|dhanda)|(?:was|were)\s+(?:lured|taken\s+(?:\S+\s+){0,6}?on\s+the\s+promise\s+of)|promised\s+(?:her|him|them)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,3}?(?:job|naukri|work|employment))\b/i;

// A relative or friend who may have helped the offender, and words of helping: the one "charged too" may be this one.
const ACCOMPLICE_MALE = /(?:husband|father|brother|uncle|cousin|friend|step-?father|brother-in-law|father-in-law|son-in-law)/;
const ACCOMPLICE_FEMALE = /(?:mother|wife|sister|aunt|cousin|friend|step-?mother|mother-in-law|sister-in-law)/;
const HELPED = /(?:help\w*|assist\w*|abet\w*|facilitat\w*|involved|collu\w*|arrang\w*|conniv\w*|handed\s+(?:her|him|them)\s+over|sold\s+(?:her|him|them)|took\s+(?:the\s+)?money|received\s+(?:the\s+)?money|in\s+league|was\s+in\s+on)\b/i;

// The police or "they" booking, charging or making a case against a pronoun: a step against one person.
const AGAINST = /\b(?:police|fia|they|officers?|sho|io)\s+(?:\S+\s+){0,3}?(?:(?:book|charge|arrest|prosecute|jail|challan|nominate|implicate)\s+(?:her|him|them)|make\s+(?:her|him|them)\s+(?:an?\s+)?(?:co-?accused|accused)|(?:make|register|file|lodge|put)\s+(?:an?\s+|the\s+)?(?:case|fir|parcha)\s+(?:on|against)\s+(?:her|him|them))\b/i;

/**
 * Whose liability the query asks about ("can she be convicted for it or is she protected", "can the person who paid
 * the agent be made co-accused or only a witness", "can the agent be punished"): the victim's side (PTPA s. 6 "a
 * victim of trafficking in persons shall not be criminally or otherwise liable … but may become witness in the case";
 * PSMA s. 8 "smuggled migrants shall not become liable to criminal prosecution … and may be a witness in the case"),
 * or an offender's (an agent, an owner, a parent), whose question is of the offence.
 * In: the query as typed. Out: 'victim', 'offender', or undefined when no liability is asked.
 */
export function liabilityAskedOf(q: string): 'victim' | 'offender' | undefined {
  // The subject is of the same sentence: "she is also shown as an accused. Can she be punished" asks of "she".
  const LIABLE = String.raw`(?:be|been|get)\s+(?:made\s+(?:an?\s+|the\s+)?)?(?:convicted|prosecuted|punished|charged|booked|jailed|arrested|co-accused|accused|liable|criminally\s+liable)\b`;
  // Or asked in reported speech, the subject before the verb: "she asks if she can be made an accused".
  const reported = new RegExp(String.raw`\b(she|he|they)\s+(?:can|could|will|would|should|may|might)\s+(?:also\s+|too\s+)?${LIABLE}`, 'i').exec(q);
  // An abbreviation's full stop ("Mr. Aslam", "Rs. 50,000", "u/s. 3") ends no sentence.
  const direct = new RegExp(String.raw`\b(?:can|could|will|would|should|may|shall|is|are)\s+((?:(?:mr|mrs|ms|mst|dr|rs|no|s|ss|sec|st|u\/s)\.\s+|[^\s.?!]+\s+){0,16}?)${LIABLE}`, 'i').exec(q);
  // Or with no "be": "is a trafficking victim liable for using a fake passport".
  const bare = /\b(?:is|are)\s+((?:[^\s.?!]+\s+){1,6}?)(?:criminally\s+|also\s+)?(?:liable|punishable)\b/i.exec(q);
  const asked = direct?.[1].trim() ? direct : reported ? Object.assign([reported[0], `${reported[1]} `], { index: reported.index }) as RegExpExecArray : direct ?? bare;
  // Told, not asked: "rescued trafficking victim now being charged by police for carrying a fake CNIC".
  const told = /\b(?:victims?|migrants?|deportees?)\b((?:\s+[^\s,;]+){0,5}?)\s+(?:(?:is|are|was|were|now|being|been|got|has|have)\s+)+(?:charged|booked|arrested|prosecuted|convicted|jailed|made\s+(?:an?\s+)?accused)\b/i.exec(q);
  // "police nominated the trafficked girl as accused in the same FIR": the step told against one told as the victim.
  if (/\b(?:nominated|booked|charged|named|implicated|arrested)\s+(?:the\s+)?(?:trafficked|rescued|smuggled|recovered)\s+(?:girls?|wom[ae]n|boys?|m[ae]n|victims?|migrants?|labou?rers?)\s+(?:as\s+(?:an?\s+)?(?:co-?)?accused|too|also|as\s+well|in\s+the\s+same\s+(?:fir|case))\b/i.test(q)) return 'victim';
  // The police acting, or about to act, against one the query tells as the victim: "police want to book him as
  // well" (a deportee), "can they really make case on her? she is the victim". A base verb: one about to be done.
  // The pronoun must fit one the query tells of: "girls rescued …, police want to arrest him" is of the pimp.
  const against = AGAINST.exec(q);
  const pronoun = against?.[0].match(/\b(?:her|him|them)$/i)?.[0].toLowerCase();
  const fits = pronoun === 'him' ? /\b(?:he|his|man|men|boys?|sons?|brothers?|husband|youth|labou?rers?|workers?|migrants?|deportees?|cousin|nephew)\b/i
    : pronoun === 'her' ? /\b(?:she|girls?|wom[ae]n|daughters?|sisters?|wife|maids?|cousin|niece)\b/i : /./;
  // And it must be told as a step against that person too ("as well", "also", "for the fake CNICs", "she is the
  // victim"), never one refused ("police refuse to arrest him").
  const alsoVictim = /\b(?:also|as\s+well|too|co-?accused|as\s+(?:an?\s+)?accused|in\s+the\s+same\s+(?:fir|case))\b|\b(?:she|he|they)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+)?victims?\b|\bfor\s+(?:the\s+|a\s+)?(?:fake|forged|prostitution|zina|illegal|overstay\w*|carrying|begging|passports?|cnics?|theft|drugs?)\b/i;
  const before = against ? q.slice(0, against.index + against[0].length) : '';
  const refused = /\b(?:refus\w*|not|won'?t|didn'?t|don'?t|never|fail\w*)\s+(?:\S+\s+){0,4}?(?:book|charge|arrest|prosecute|jail|challan|make|register|file|lodge|put)\s+\S+(?:\s+\S+)*$/i.test(before.slice(Math.max(0, before.length - 60)));
  if (against && !refused && VICTIM.test(q) && fits.test(q.replace(against[0], '')) && alsoVictim.test(q.slice(against.index))) return 'victim';
  if (told && !told[1].trim().split(/\s+/).some((w) => OFFENDER.test(w.replace(/[^\p{L}-]/gu, '')) || /^(?:and|but|while|whereas)$/i.test(w))) return 'victim';
  // "agent ke khilaf kya case banega", "what case against the agent": the case against one who did the wrong.
  const caseAgainst = /\b([\p{L}-]+)\s+(?:ke|kay|k)\s+(?:khilaf|khilaaf|khlaf)\s+(?:\S+\s+){0,2}?(?:case|parcha|pracha|muqadma|muqadama|fir|dafa|mukadma)\b/iu.exec(q)
    ?? /\b(?:what|which)\s+(?:case|charge|charges|offence|section)\s+(?:\S+\s+){0,3}?against\s+(?:the\s+|this\s+|that\s+)?([\p{L}-]+)/iu.exec(q);
  // Only where nothing else is asked: "what case against the agent, and can my brother be charged too" asks of both.
  if (caseAgainst && OFFENDER.test(caseAgainst[1]) && !asked) return 'offender';
  if (!asked) return undefined;
  const subject = asked[1].trim().split(/\s+/).filter((w) => w && !/^(?:the|a|an|this|that|these|those|such|our)$/i.test(w));
  const head = subject[0]?.replace(/[^\p{L}-]/gu, '') ?? '';
  if (!head) return undefined;
  const text = subject.join(' ');
  // The one asked about is the victim only where the subject says so: a migrant, a deportee, one who paid the agent
  // or was sent, trafficked or smuggled; any offender's word in it ("the man who bought her", "the travel agent") is not.
  // Not one who paid for a person ("the kotha owner who paid money for the girl"): that is the buyer.
  // Nor one who paid to send another ("the man who paid the agent to send his son"): the abettor's question.
  if (/\bwho\s+(?:had\s+)?paid\b(?![^.?!]{0,40}?\bto\s+send\s+(?:his|her|their|my)\b)(?!\s+(?:\S+\s+){0,3}?for\s+(?:the\s+|a\s+|an\s+)?(?:girl|woman|boy|child|her|him|them|bride|maid))|\bwho\s+(?:was|were|got)\s+(?:sent|smuggled|trafficked|deported)\b/i.test(text)) return 'victim';
  // "can my brother be charged too, or is he only a witness": one's own relative, asked with the victim's way out.
  const wayOut = /\bor\s+(?:(?:is|are|will|would|should|can)\s+(?:he|she|they)\s+)?(?:(?:be|become)\s+)?(?:only\s+|just\s+|merely\s+)?(?:an?\s+|the\s+)?witness\b|\b(?:protected|immune|exempt)\b|\bnot\s+(?:be\s+)?liable\b/i;
  if (/^(?:my|our)$/i.test(asked[1].trim().split(/\s+/)[0] ?? '') && VICTIM.test(q) && wayOut.test(q)) return 'victim';
  if (subject.some((w) => OFFENDER.test(w.replace(/[^\p{L}-]/gu, '')))) return 'offender';
  if (/\b(?:victims?|migrants?|deportees?|trafficked|smuggled|rescued)\b/i.test(text)) return 'victim';
  // "rescued woman from brothel, can she be charged": the pronoun is the one the query tells was rescued, when no
  // woman (or man) who did the wrong is named.
  if (/^(?:she|her)$/i.test(head) && /\brescued\s+(?:\S+\s+)?(?:wom[ae]n|girls?)\b|\b(?:wom[ae]n|girls?)\s+(?:was\s+|were\s+)?rescued\b/i.test(q) && !/\b(?:madam|naika|nayika|female\s+agent|she\s+(?:ran|sold|kept|bought|recruited))\b/i.test(q)) return 'victim';
  if (/^(?:he|him)$/i.test(head) && /\brescued\s+(?:\S+\s+)?(?:m[ae]n|boys?|labou?rers?)\b|\b(?:m[ae]n|boys?|labou?rers?)\s+(?:was\s+|were\s+)?rescued\b/i.test(q) && !/\bhe\s+(?:ran|sold|kept|bought|recruited)\b/i.test(q)) return 'victim';
  // A pronoun stands for the victim only where the question itself sets the victim's way out beside it.
  // So does one asked to be charged "too", "as well" (beside the accused): "the victim … should she be made accused too?".
  // Not where a relative or friend of that sex is told helping the offender: "her husband took money from the agent,
  // can he be charged too?" asks of an abettor (the offence's own section), not of the victim.
  const relatives = /^(?:she|her)$/i.test(head) ? ACCOMPLICE_FEMALE : /^(?:he|him)$/i.test(head) ? ACCOMPLICE_MALE : undefined;
  const helper = !!relatives && new RegExp(String.raw`\b(?:her|his|their|my|the)\s+${relatives.source}\s+(?:\S+\s+){0,3}?${HELPED.source}`, 'i').test(q);
  // "the SHO booked the rescued girls too … can they be prosecuted": the step told against the victims, then asked.
  // Or "she too will be booked", "now she is also shown as an accused".
  const stepAlso = /\b(?:booked|charged|arrested|nominated|named|implicated)\b[^.?!]{0,40}?\b(?:too|also|as\s+well)\b|\b(?:too|also)\s+(?:\S+\s+){0,3}?(?:booked|charged|arrested|nominated|named|implicated|prosecuted|shown\s+as\s+(?:an?\s+)?(?:co-?)?accused)\b/i;
  // The pronoun must be of the victim's sex where the victim is told as one ("she was lured by her cousin Asif … can he
  // be charged too" asks of the cousin).
  const victimHe = /\b(?:he|him)\s+(?:was|were|had\s+been|has\s+been)\s+(?:trafficked|smuggled|lured|rescued|recovered|deported|sent|taken|forced)\b|\b(?:boys?|men|man|sons?|brothers?|labou?rers?|migrants?|deportees?|workers?)\b/i;
  const victimShe = /\b(?:she|her)\s+(?:was|were|had\s+been|has\s+been)\s+(?:trafficked|smuggled|lured|rescued|recovered|deported|sent|taken|forced)\b|\b(?:girls?|wom[ae]n|daughters?|sisters?|wife|maids?|migrants?|deportees?)\b/i;
  const sexFits = /^(?:he|him)$/i.test(head) ? victimHe.test(q) || !victimShe.test(q) : /^(?:she|her)$/i.test(head) ? victimShe.test(q) || !victimHe.test(q) : true;
  if (/^(?:he|she|they|him|her|them)$/i.test(head) && VICTIM.test(q) && stepAlso.test(q) && !helper && sexFits) return 'victim';
  if (/^(?:he|she|they|him|her|them)$/i.test(head) && VICTIM.test(q) && sexFits) return wayOut.test(q) || (!helper && /^\s*(?:too|also|as\s+well)\b/i.test(q.slice(asked.index + asked[0].length))) ? 'victim' : undefined;
  return undefined;
}

/** Whether the query asks if the victim of trafficking or the smuggled migrant is liable (liabilityAskedOf). */
export const ownLiabilityAsked = (q: string): boolean => liabilityAskedOf(q) === 'victim';

/**
 * Whether the query asks which court tries the case, though told after the facts: "should it go to Sessions Court or
 * magistrate", "challan sent to judicial magistrate, jurisdiction objection", "which court". PTPA s. 10, PSMA s. 10,
 * BLSA s. 16 say who tries each law's offences. In: the query as typed. Out: true when asked.
 */
export function courtAsked(q: string): boolean {
  const court = String.raw`(?:(?:the\s+|a\s+)?(?:sessions?(?:\s+(?:court|judge))?|special\s+court(?:\s+\(?central\)?)?|(?:judicial\s+)?magistrate(?:'s\s+court)?))`;
  // Bail is another question (which court hears bail); a police station's territory is the CrPC's, not these Acts'.
  if (/\bbail\w*|\bzamanat\b|\bkhula\b|\bnikah\b/i.test(q) || (/\b(?:police\s+station|thana)\b/i.test(q) && !/\b(?:court|magistrate|sessions?)\b/i.test(q))) return false;
  return /\b(?:kis|kaun\s*si|kon\s*si|konsi|kaunsi)\s+(?:adalat|court)\b|\btrial\s+court\s+(?:kaun|kon)\b/i.test(q)
    || new RegExp(String.raw`\b${court}\s+(?:or|ya)\s+${court}\b|\bwhich\s+court\b|\bjurisdiction\s+objection|\bobject\w*\s+(?:to\s+|on\s+)?(?:the\s+)?(?:court'?s\s+)?jurisdiction\b|\bjurisdiction\s+(?:to\s+try|is\s+challenged|challenged)\b`, 'i').test(q);
}
