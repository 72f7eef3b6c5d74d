// Query understanding: what a reader typed, read as citations, Acts named, glossary terms
// (English, Urdu, Roman Urdu), and the English words to search, in the forms and spellings the
// library uses. One entry function, understandQuery(); pure (no DOM, no Pagefind), so the site's
// search and the downloaded copy's search read queries alike.
import { parseCitations, isCitationOnly, actsOnly, actNames, nameWords, type CatalogueAct, type ParsedCitation } from '../citation-parse.ts';
import { tokens, typedTokens, isUrdu } from './normalise.ts';
import { STOP_WORDS, ROMAN_FUNCTION_WORDS, URDU_FUNCTION_WORDS, SPELLINGS, wordForm, joinPair, type Vocabulary } from './words.ts';
import { suggest, editDistance } from './spelling.ts';
import { agesIn, amountsIn, ageBoundsIn, ageWord, deniedIn, PAPERS, tradeIn, sexualPurposeIn, sexTaken, sexTold, sexNear, namesIn } from './story-facts.ts';
import { agencyAsked, courtAsked, liabilityAskedOf } from './questions.ts';
import { searchedAs, placeSentence } from './status-text.ts';
import type { PlaceLaw } from './places.ts';
import { matchGlossary, withParallelTexts, provisionPriors, actAffinity, lexiconIndex, termsApart, lawFamily, type GlossaryIndex, type GlossaryMatch, type GlossaryTerm } from './glossary.ts';

export interface SearchVocabulary {
  /** The Acts and their provisions (/data/catalogue.json). */
  catalogue: CatalogueAct[];
  /** The library's words with how often each is used (/data/search-words.json). */
  words: Vocabulary;
  /** The glossary (/data/glossary.json), indexed by glossaryIndex(). */
  glossary: GlossaryIndex;
  /** English words near a library word that are words in their own right, never corrected (/data/search-words.json `notSlips`). */
  notSlips?: Set<string>;
  /** Everyday words of the glossary's told facts: searched as typed, never a correction (/data/search-words.json `everyday`). */
  everyday?: Set<string>;
  /** Place names ("faisalabad", "rahim yar khan") -> the bonded-labour texts the library offers there (/data/glossary.json `places`, content/jurisdictions.yaml). */
  places?: Map<string, string[]>;
  /** The law each place has (/data/glossary.json `jurisdictions`, content/jurisdictions.yaml), for the note on a bonded-labour card. */
  jurisdictions?: PlaceLaw[];
  /** The word lexicon (/data/glossary.json `lexicon`, content/lexicon.yaml), indexed by lexiconIndex(). */
  lexicon?: ReturnType<typeof lexiconIndex>;
}

/** What the query asks for, as far as words show it. */
export type Intent = 'procedure' | 'meaning' | 'story' | 'question' | 'lookup';

export interface Understood {
  raw: string;
  citations: ParsedCitation[] | null;
  /** Nothing but citations: the text search looks for references to the sections only. */
  citationOnly: boolean;
  /** Nothing but the names of Acts ("PTPA", "Bonded Labour Act"). */
  actsOnly: string[] | null;
  /** Acts the query names by any of their names or nicknames ("TIP Act", "SOM Act"). */
  acts: string[];
  /** The English words to search, in the library's forms and spellings. */
  words: string[];
  /** The query as searched when spelling was corrected: "Showing results for …". */
  corrected?: string;
  /** Other words as near as a correction, for "or did you mean …". */
  alternatives: string[];
  /** Glossary terms the query names. */
  terms: GlossaryMatch[];
  /** Words the lexicon read, with the English searched for each ("maut" -> "death"). */
  translated: { typed: string; english: string }[];
  /** How strongly the glossary points to each provision, by URL path ("/ppc/s365a/"). */
  priors: Record<string, number>;
  /** Bonded-labour texts offered where a place the query names lies (content/jurisdictions.yaml): first among the Bonded Labour Acts. */
  placeActs?: string[];
  /** The places read for the Bonded Labour Act offered there ("Kasur"), with those texts' abbreviations ("BLSA Punjab"). */
  places?: { name: string; texts: string[]; partial?: boolean }[];
  /** Act families with procedure sections of their own (the Penal Code here has none: its offence pages say how each is tried). */
  procedural?: string[];
  /** URL paths of the provisions the query's terms name that tell what was done (an offence, a protection, a rule of liability or proof). */
  named?: string[];
  /** Which law the query's glossary terms are about together: Act family ("blsa-1992") -> 0–1. */
  affinity: Record<string, number>;
  intent: Intent;
  /** Ages the story tells, in years ("my 15 year old daughter"): the law's age limits turn on them. */
  ages?: number[];
  /** URL paths of general provisions a more specific one the query tells covers (PPC s. 364 when s. 364A's child is told). */
  general?: string[];
  /** Words no provision and no glossary term uses. */
  unknown: string[];
  /** What was done, in plain words, for the page to say. */
  notes: string[];
  /** The learned reading of a story or question (learned.ts learnedReading): provision class -> share (0–1); set by the caller that holds the model. */
  learned?: Record<string, number>;
}

/** Words that make a question about procedure: who tries, who investigates, bail, compounding. */
const PROCEDURE_CUES = /^(court|courts|trial|trials|magistrate|investigat\w*|fia|police|bail\w*|non-bailable|compound\w*|non-compoundable|compromise|cogniz\w*|non-cognizable|arrest\w*|jurisdiction|summarily|summary)$/;
/** "Try" as a court tries a case ("who can try a bonded labour case", "be tried in Pakistan"), not as one tries to leave. */
const TRYING = /\b(?:can|could|will|would|may|shall)\s+(?:\w+\s+){0,2}tr(?:y|ies)\b(?!\s+to\b)|\btr(?:y|ies|ied)\s+(?!to\b)(?:\w+\s+){0,3}?(?:case|cases|offence|offences|accused|trial|offender|offenders)\b|\b(?:cases?|offences?|offenders?|accused|it|they|he|she)\s+(?:\w+\s+){0,2}(?:be|been|is|are|was|were|being)\s+tried\b|\b(?:cases?|offences?)\s+tried\b|\btried\s+(?:by|in|under|before|at)\b/i;
/** How hard a term whose words the query holds apart points, against one it names (termsApart). */
const TERMS_APART = 0.5;
/** Words that name a child whatever the age ("girl" and "larka" may be grown). */
const CHILD_WORDS = /^(child|children|minor|minors|kid|kids|baby|infant|toddler|bacha|bachay|bachi|bachon|bachche|nabalig|nabaligh|بچہ|بچی|بچے|بچوں|نابالغ)$/;
/** The provinces and territories, as a story names where it happened. */
const PROVINCES = /^(punjab|sindh|sind|balochistan|baluchistan|khyber|pakhtunkhwa|kpk|gilgit|baltistan|islamabad)$/;
/** A question of an age limit: "up to what age", "till what age", "below what age", "how old". */
const AGE_QUESTION = /^\s*(?:up\s*to|upto|till|until|below|under|at|to|from)\s+what\s+age\b|\bhow\s+old\s+(?:must|should|does|is|are|can)\b|^\s*(?:up\s*to|upto|till|until|below|under|at)\s+(?:which|what)\s+age\b/i;
/** A question that asks which offence or section the facts make. */
const OFFENCE_QUESTION = /\b(?:which|what)\s+(?:offence|offense|section|crime|sections|offences)\b|\b(?:kaunsi|konsi|kaun\s+si|kon\s+si|kaun\s+see)\s+(?:dafa|dafah|daffa|jurm)\b|کون\s?سی\s+(?:دفعہ|جرم)|کونسا\s+جرم/i;
/** Place names that are Roman Urdu words too: read as places only after "in", "from", "mein"…. */
const AMBIGUOUS_PLACES = new Set(['kasur', 'mithi', 'dadu', 'chaman', 'thar', 'kotri', 'hala', 'kalat', 'tank', 'karak', 'swat', 'قصور', 'دادو']);
/** Words that deny what follows. */
const NEGATIONS = /^(?:without|not|no|never|nahi|nahin|nai|baghair|bagair|bina|بغیر|بنا|نہیں)$/;
/** Words that ask what a word means. */
const MEANING_CUES = /^(meaning|define|definition|definitions|tareef|tarif|taarif|تعریف)$/;
/** Procedure words a statement of facts uses to tell what happened, not to ask how a case is run. */
const NARRATED_CUES = /^(police|fia|ahtc|circle|offloaded|fir|arrest\w*|investigat\w*|recovered|raid\w*|parcha|pracha|darj|muqadma|thana|thane|giraftar\w*|پرچہ|درج|مقدمہ|تھانہ|تھانے|پولیس|گرفتار\w*)$/;
/** A term typed only in such words ("FIR", "parcha darj", "مقدمہ درج"). */
const narrated = (typed: string) => tokens(typed).every((w) => NARRATED_CUES.test(w));
/** The lexicon's English for a country outside Pakistan ("dubai", "iran": content/lexicon.yaml, PPC s. 360 "beyond the limits of Pakistan"). */
const ABROAD = 'outside beyond';
/** Words of a border crossed or a journey out of the country: the agent of such a story may be a smuggler. */
const CROSSING = /\b(?:abroad|foreign|overseas|borders?|visas?|europe\w*|gulf|dunki|donkey|boats?|ship|launch|deport\w*|countries|(?:another|other|out\s+of\s+the)\s+country|illegal\s+(?:entry|emigration|immigration|route|crossing|migrants?)|illegally\s+(?:to|into|across|abroad|out)|migra\w*|emigra\w*|immigra\w*|protector|airport|flight|smuggl\w*|route|across|taftan|bairoon|bairun|mulk)\b|بیرون\s?ملک|ویزا/i;
/** A border inside Pakistan ("across the district border", "inter-provincial border"): no crossing out of the country. */
// Not a province's border: Punjab, Sindh, Balochistan and Khyber Pakhtunkhwa have borders with other countries too.
const DOMESTIC_BORDER = /\b(?:across\s+(?:the\s+)?)?(?:provincial|inter-?provincial|district|tehsil|city|village)[\s-]+borders?\b/gi;
/** A dispute over whether a debt is a bonded debt or the labour bonded labour (the definitions decide it). */
const DEBT_DISPUTED = /\b(?:in\s+kind|not\s+(?:in\s+)?cash|ordinary\s+loan|simple\s+loan|personal\s+loan|(?:is|was|were)\s+not\s+(?:a\s+|an\s+)?(?:peshgi|advance|bonded)|not\s+(?:a\s+)?peshgi|nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:labour|bonded|work)|(?:is|was)\s+(?:this|it|that)\s+(?:a\s+|an\s+)?(?:bonded\s+(?:labour|debt)|peshgi|advance)\b|counts?\s+as\s+(?:a\s+)?(?:bonded|peshgi|advance))/i;
/** A question of which Bonded Labour Act applies where the facts happened: the provincial text's s. 1 (extent). */
const WHICH_ACT = /\b(?:its|their|his)\s+own\s+(?:\S+\s+){0,3}?(?:act|law)\b|\b(?:have|has)\s+(?:its|their)\s+own\s*(?:\?|$|(?:\S+\s+){0,2}?(?:act|law|qanoon)\b)|\bwhich\s+(?:\S+\s+){0,3}?(?:act|law)\s+(?:covers|cover|applies\s+to|governs)\b|\bwhich\s+(?:\S+\s+){1,3}?(?:act|law)\s+(?:applies|apply|governs)\b|\b(?:is|was)\s+it\s+(?:still\s+)?the\s+(?:1992\s+|federal\s+){1,2}(?:act|law)\b|\bwhich\s+(?:act|law)\s+(?:applies|apply|governs)\b|\b(?:does|do|will|would|should)\s+(?:the\s+)?(?:federal|1992|national)\b[^.?]{0,40}\bapply\b|\bfederal\b[^.?]{0,40}\bor\s+(?:the\s+)?(?:sindh|punjab|provincial)\s+(?:act|law)\b|\b(?:hv|hav|hve|haz)\s+(?:its\s+|their\s+)?own\s+(?:\S+\s+){0,2}?(?:act|law|qanoon)\b|\bwhich\s+(?:\S+\s+){0,3}?(?:act|law|qanoon)\s+(?:in|for)\s+(?:sindh|sind|punjab|the\s+province)\b|\b(?:act|law|qanoon)\b[^.]{0,80}?\b(?:since\s+when|from\s+when|kab\s+se)\b|\b(?:since\s+when|from\s+when)\b[^.]{0,80}?\b(?:act|law)\b|قانون[^۔?؟]{0,40}(?:لاگو|نافذ|لگے\s+گا|چلے\s+گا)[^۔?؟]{0,30}\sیا\s|\b(?:qanoon|qanun|law|act)\s+(?:\S+\s+){0,2}?(?:lagega|lage\s+ga|lagay\s+ga|lagta|lagu|laagu|chalta|chalega|chale\s+ga|apply\s+hog[ai])\b|\b(?:kaunsa|konsa|kaun\s+sa|kon\s+sa)\s+(?:\S+\s+){0,4}?(?:qanoon|qanun)\b[^.]{0,60}\b(?:ya|or)\b/i;
/** Recruiting or moving a person, as stories tell it. */
const RECRUITED = /\b(?:recruit\w*|hired|transported|brought\s+(?:them|him|her)|took\s+(?:them|him|her)\s+to|taken\s+to|sent\s+(?:them|him|her)\s+to|shifted\s+(?:them|him|her)\s+to|(?:agent|dalal|contractor|thekedar|jamadar|broker)\s+(?:took|brought|sent|shifted|moved)\s+(?:\S+\s+){1,3}?(?:from|to)|le\s+(?:gaya|gayi|gaye)\b[^.?!]{0,40}\b(?:naukri|kaam|job))\b/i;
/** A false promise or a lure: the fraud of PTPA s. 3(1). */
// Not a false case against someone ("falsely implicated", "false FIR"): that is the accused's plea, not a lure.
const DECEIVED = /\b(?:promis\w*|lured|false(?:ly)?(?!\s+(?:implicat\w*|accus\w*|charg\w*|involv\w*|case|fir|complaint|statement|evidence|witness\w*))|fake\s+(?:job|offer)|on\s+the\s+pretext|pretext|deceiv\w*|tricked|dhoka|jhansa|jhaansa)\b|\b(?:saying|said|told|telling|keh\s+kar|keh\s+ke|bol\s+kar)\s+(?:\S+\s+){0,4}?(?:good|better|high|well[-\s]paid|nice|easy|achi|acchi|bari)\s+(?:\S+\s+){0,2}?(?:job|jobs|work|salary|pay|naukri|tankhwah)\b/i;
/** Whether a bonded debt must still be repaid, asked. */
const REPAY_ASKED = /\b(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|should|liable\s+to|bound\s+to)\s+(?:\S+\s+){0,2}?(?:re-?pay|pay\s+(?:it\s+)?back|return)\s+(?:it|the\s+(?:loan|advance|peshgi|debt|qarza?|money))\b|\b(?:do|does|must|should)\s+(?:we|i|they|he|she)\s+(?:really\s+|still\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:re-?pay|pay\s+back)\b|\b(?:wapas|wapis)\s+(?:karna|karni|dena|deni)\s+(?:hai|hoga|hogi|parega|paregi)\b/i;
/** The creditor suing or going to recover a bonded debt ("filed civil case to recover peshgi", "peshgi ki wasooli"): BLSA s. 6(2) "no suit or other proceeding shall lie … for the recovery of any bonded debt". */
const DEBT_RECOVERY = /\brecover\w*\s+(?:\S+\s+){0,3}?(?:peshgi|advance|debt|loan|qarz\w*|karz\w*|money|amount)\b|\b(?:sued|sues|suing|suit)\s+(?:\S+\s+){0,3}?(?:for|over)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:peshgi|advance|debt|loan|qarz\w*)\b|\b(?:wasooli|wasoli|wasuli|vasooli|vasuli)\b|وصولی/i;
/** An agreement of bonded labour, in the words people use for it. */
const AGREEMENT = String.raw`(?:agreements?|arrangements?|contracts?|custom|tradition|practice|bond|stamp\s+paper|affidavit|iqrar\s*nama|iqrarnama|muahida|muahada|moahida|likhat|likhai)`;
/** Whether such an agreement binds, asked: BLSA s. 5. */
const AGREEMENT_BINDS = new RegExp(String.raw`\b${AGREEMENT}\b[^.?!]{0,80}?\b(?:valid|invalid|binding|bind|enforceable|legal|legally|void|qanoon\w*|qanun\w*|manna|maanna|maanni|manni|lagu|jaiz|durust|chal\s+sakta|chal\s+sakti|chalega|chalegi)\b|\b(?:valid|binding|void)\b[^.?!]{0,30}?\b${AGREEMENT}\b`, 'i');
/** Such an agreement enforced: BLSA s. 12. */
const AGREEMENT_ENFORCED = new RegExp(String.raw`\benforc\w*\s+(?:\S+\s+){0,3}?${AGREEMENT}\b`, 'i');
/** The fine paid to the worker, asked: BLSA ss. 12, 13 "out of the fine, if recovered, payment shall be made to the bonded labourer". */
const FINE_TO_LABOURER = /\b(?:get|gets|receive\w*)\s+(?:any\s+|some\s+)?(?:money|share|part|payment|compensation)\s+(?:from|out\s+of)\s+(?:the\s+)?fines?\b|\bfines?\b[^.?!]{0,60}?\b(?:go|goes|paid|given|payment|share)\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:the\s+)?(?:worker|workers|labourers?|laborers?|victims?|mazdoor\w*|him|them|family)\b/i;
/** Payments still taken on a debt ("keeps taking Rs 2,000 every week from his pay towards the old peshgi", "still deducting"). */
const PAID_AFTER_EXTINGUISHED = /\b(?:abhi\s+(?:bhi|b)|ab\s+bhi|still)\s+(?:\S+\s+){0,2}?(?:peshgi|qarz\w*|karz\w*)\s+(?:ki|ka|ke)\s+(?:qist|qisten|kist|raqam|paise|wasooli)\s+(?:\S+\s+){0,2}?(?:le\s+(?:raha|rha|rahe|rahi)|lay\s+raha|wasool|kaat)\w*|\b(?:deduct\w*|cutting|cuts|cut\s+from|kaat\w*|instal?ments?|accept\w*\s+(?:\S+\s+){0,3}?payments?|(?:still|keeps?|kept|continu\w*\s+to)\s+(?:tak\w*|collect\w*|recover\w*|receiv\w*|cutting|deduct\w*))\b[^.?!]{0,80}?\b(?:peshgi|debt|advance|loan|qarz\w*|karz\w*)\b|\b(?:took|taken|collected|recovered)\s+(?:rs\.?\s*)?\d[\d,]*\s+(?:\S+\s+){0,3}?(?:from|against)\s+(?:\S+\s+){0,3}?(?:peshgi|debt|advance|loan)\b/i;
/** The debt told as ended. */
const DEBT_ENDED = /\b(?:extinguish\w*|finished|ended|abolished|freed|released|court\s+order|azad|cancel\w*|written\s+off|waived|wiped\s+out|no\s+longer\s+(?:owed|due|payable)|khatam|maaf|muaf|mu'?af)\b/i;
/** The district's officers told as not doing their duty ("reported … to district administration, nobody has inquired"). */
const DUTY_NOT_DONE = /\b(?:district\s+administration|dc|deputy\s+commissioner|district\s+magistrate|assistant\s+commissioner|administration|dco)\b[^.?!]{0,80}?\b(?:nobody|no\s+one|not|never|failed|refus\w*)\s+(?:\S+\s+){0,2}?(?:inquir\w*|enquir\w*|act\w*|took\s+action|taken\s+action|done\s+anything|visited|checked|come)\b/i;
/** Which officer's duty, asked, of bonded labour. */
const OFFICER_ASKED = /\b(?:which|what)\s+(?:\S+\s+){0,1}?(?:officer|official|officials|authority|authorities|functionary)\b|\b(?:designated|appointed|posted|notified)\b[^?!]{0,120}\b(?:am\s+i|are\s+we)\s+(?:actually\s+|really\s+|legally\s+)?(?:required|bound|obliged|supposed)\s+to\b|\bwho\s+(?:is|are)\s+(?:responsible|duty[-\s]bound|supposed)\b|\bwhose\s+(?:\S+\s+)?(?:duty|responsibility|job)\b|\b(?:kis|kiski|kis\s+ki)\s+(?:zimmedari|zimedari|zimmadari|duty)\b/i;
/** The court's punishment asked ("what fine can the court impose", "how long can the court send him to jail"): a question of the penalty, not of procedure. */
const COURT_PUNISHES = /\b(?:what|which|how\s+much|how\s+many|how\s+long)\s+(?:\S+\s+){0,3}?(?:can|could|may|will|would|should|does|do)\s+(?:the\s+)?courts?\s+(?:impose|award|give|pass|inflict|order|sentence|fine|send)\b/i;
/** Intercourse told in the words of a complaint or a defence. */
const INTERCOURSE = /\b(?:had\s+(?:physical\s+|sexual\s+)?relations|(?:physical|sexual)\s+relations?|slept\s+with|had\s+sex|sex\s+with|intercourse|zina|jinsi\s+talluq\w*)\b/i;
/** Consent pleaded or asked: "she agreed", "went willingly", "does her consent save him", "apni marzi se". */
const CONSENT_PLEADED = /\b(?:her|his|the\s+girl'?s?)\s+consent\b|\bconsent(?:ed|ing)?\b|\b(?:she|he)\s+(?:had\s+)?(?:agreed|was\s+willing)\b|\bwillingly\b|\bmarzi\b|\braza\s*mandi\b/i;
/** A question that singles out the taking among the facts told: "which section for the agwa part", "section for taking him". */
const TAKING_ASKED = /\b(?:agwa|aghwa|kidnapp?ing|abduction|taking|uthana|uthane)\s+(?:wala\s+)?(?:part|hissa)\b|\b(?:section|dafa|offence)\s+(?:\S+\s+){0,2}?for\s+(?:the\s+)?(?:taking|kidnapp?ing|abducting|lifting)\b/i;
/** A purpose told, not a deed: "with intention of committing", "in order to", "ki niyat se". */
const INTENDED = /\b(?:with\s+(?:the\s+|an?\s+)?(?:intent(?:ion)?|aim|purpose)\s+(?:of|to)|intending\s+to|in\s+order\s+to|so\s+that\s+he\s+could|(?:ki|ke)\s+(?:niyat|niyyat|neeyat|iraade|irade)\s+se|taa?\s+ke|taa?ke|taakay)\b|(?:^|\s)تا\s?کہ(?=\s|$)/i;
/** A taking without the guardian's knowing or leave (English, Roman Urdu, Urdu). */
const GUARDIAN_UNAWARE = /\bwithout\s+(?:(?:his|her|their|the)\s+)?(?:(?:parents'?|mother'?s?|father'?s?|guardian'?s?|family'?s?)\s+)?(?:consent|permission|knowledge|knowing|telling|asking|informing)\b|\b(?:bina|baghair|bagair|beghair)\s+(?:\S+\s+){0,2}?(?:bataye|bataaye|batay|btaye|ijazat|pooche|poochhe|puche|marzi)\b|\b(?:bataye|bataaye|ijazat|marzi)\s+(?:ke\s+)?(?:baghair|bagair|beghair|bina)\b|\b(?:ijazat|marzi|razamandi)\s+(?:\S+\s+)?(?:nahi|nahin|nai)\b|(?:اجازت|مرضی)\s+نہیں|(?:بتائے|اجازت|مرضی|پوچھے)\s+(?:کے\s+)?بغیر|بغیر\s+(?:بتائے|اجازت|پوچھے)/i;
/** Whether a law applies in a province asked ("apply in Sindh too", "سندھ میں بھی لاگو ہوتا ہے"): its extent, s. 1. */
const EXTENT_IN_PLACE = /\b(?:apply|applies|applicable|extends?|valid)\s+(?:\S+\s+){0,2}?(?:in|to)\s+(?:the\s+)?(?:sindh|sind|punjab|balochistan|baluchistan|kpk|kp|khyber\s+pakhtunkhwa|islamabad|ict|gilgit\s+baltistan|provinces?|all\s+provinces|every\s+province|whole\s+(?:of\s+)?pakistan)\b|\b(?:sindh|punjab|balochistan|kpk|kp|islamabad|provinces?)\s+(?:mein|me|main)\s+(?:bhi\s+)?(?:lagu|laagu|apply)\b|(?:سندھ|پنجاب|بلوچستان|خیبر\s+پختونخوا|پختونخوا|اسلام\s+ا?باد|صوبوں|صوبے|پورے\s+پاکستان)\s+میں\s+(?:بھی\s+)?(?:لاگو|نافذ)/i;
/** A minor's going with the accused pleaded as her or his own choice. */
const OWN_WILL = /\bof\s+(?:her|his)\s+own\s+(?:free\s+)?(?:will|accord|choice)\b|\b(?:her|his)\s+own\s+free\s+will\b|\b(?:went|gone|left|ran\s+away|eloped)\s+(?:\S+\s+)?with\s+(?:him|her|the\s+accused|accd)\s+(?:willingly|voluntarily|of\s+(?:her|his)\s+own)\b|\bapni\s+(?:marzi|khushi|razamandi)\s+(?:se|say|sy)\b/i;
/** One whose part is to help the offender: a kiln's munshi or jamadar, a guard, a driver, a hotel's manager, a sub-agent. */
const HELPER_ROLE = /\b(?:munshi|jamadar|jamadars|chowkidar|guards?|watchm[ae]n|drivers?|rickshaw\s*wala|rickshaw\s+driver|hotel\s+manager|manager\s+of\s+the\s+hotel|shopkeeper|sub-?agents?|middlem[ae]n|cousin|landlord'?s?\s+cousin|facilitators?|accomplices?|helpers?)\b/i;
/** A story whose subject is the helper ("hotel manager knowingly gave rooms …", "shopkeeper in Sialkot let the agent …"). */
const HELPER_SUBJECT = new RegExp(String.raw`^\W*(?:(?:a|an|the|one|local)\s+)?(?:\S+\s+)?${HELPER_ROLE.source.slice(2, -2)}\b`, 'i');
/** Acts of helping the offender. */
const HELPING = /\b(?:knowingly|knowing\s+(?:what|that)|guarded|guarding|ferr\w*|lent|lend\w*|let\s+(?:\S+\s+){0,3}?use|collected|handed|tipped\s+(?:\S+\s+)?off|gave\s+(?:\S+\s+){0,2}?rooms?|helped|helping|assist\w*|facilitat\w*|kept\s+watch|stop\w*\s+(?:\S+\s+){0,3}?(?:running|leaving|escaping)|so\s+they\s+(?:could|can)(?:n'?t|\s+not)\s+(?:run|leave|escape))\b/i;
/** The helper's liability asked ("is he also liable", "his liability", "what charge against him", "what to put on the jamadar"). */
const HELPER_LIABILITY_ASKED = /\b(?:is|are|can|could|would|will|should)\s+(?:he|she|they|the\s+[\p{L}-]+|this\s+[\p{L}-]+)\s+(?:also\s+|too\s+)?(?:be\s+)?(?:punishable|liable|punished|charged|guilty|prosecuted|booked)\b|\b(?:his|her|their)\s+(?:own\s+)?liability\b|\b(?:what|which)\s+(?:charge|charges|offence|case|section)\s+(?:\S+\s+){0,2}?(?:against|on)\s+(?:him|her|them|the\s+[\p{L}-]+)\b|\bwhat\s+to\s+(?:put|charge|book)\s+(?:on\s+)?(?:him|her|them|the\s+[\p{L}-]+)\b/iu;
/** Action against one who acted honestly. */
const GOOD_FAITH_ASKED = /\b(?:sued|sue|suit|prosecuted|legal\s+action|proceedings?|case\s+against)\b[^.?!]{0,80}?\b(?:honest\w*|good\s+faith|bona\s*fide|mistake|turned\s+out\s+(?:wrong|false)|wrongly)\b|\b(?:honest\w*|good\s+faith|bona\s*fide)\b[^.?!]{0,60}?\b(?:sued|sue|suit|prosecuted|legal\s+action)\b/i;
/** Money or compensation sought by the victim. */
const COMPENSATION_SOUGHT = /\bpay\s+(?:the\s+)?(?:victim|girl|boy|woman|child|family)\s+(?:some\s+)?(?:money|compensation|damages)\b|\b(?:muavza|muawza|muawaza|muavaza|harjana)\s+(?:bhi\s+)?(?:dilwa|dila|mil|de)\w*|\b(?:wants?|claim\w*|seek\w*|get|entitled\s+to|ask\w*\s+for|recover)\s+(?:\S+\s+){0,3}?(?:money|compensation|damages|muawza|muawaza|harjana)\b|\b(?:make|order|direct)\w*\s+(?:him|her|them|the\s+(?:accused|convict|offender|trafficker)s?)\s+(?:to\s+)?pay\s+(?:\S+\s+){0,2}?(?:money|compensation|damages|something|amount)?\s*to\s+(?:the\s+|her|his|that\s+)?(?:victims?|girls?|boys?|wom[ae]n|child(?:ren)?|family|labou?rers?|workers?)\b|\bmoney\s+for\s+(?:her|his|their)\s+(?:lost|suffering|injur\w*)|\b(?:make|order|direct)\w*\s+(?:the\s+)?[a-z]+\s+(?:to\s+)?pay\s+(?:him|her|them|us|me|the\s+(?:victims?|family|labou?rers?|workers?))\s+(?:\S+\s+)?(?:something|money|compensation|damages|for)\b|\b(?:court|judge)\s+(?:\S+\s+){0,3}?(?:order|award|direct|give|grant)\w*\s+(?:\S+\s+){0,2}?(?:money|compensation|damages|payment)\s+(?:for|to)\s+(?:us|the\s+family|our\s+family|the\s+victims?|him|her|them|my\s+\w+)\b/i;
/** A person brought from another country into Pakistan. */
const BROUGHT_INTO_PAKISTAN = /\b(?:bangladeshi|burmese|rohingya|afghan|nepali|nepalese|indian|iranian|chinese|uzbek|tajik|russian|thai|filipina|nigerian)\s+(?:\S+\s+){0,2}?(?:girls?|women|woman|teenagers?)\b[^.?!]{0,40}?\b(?:brought|taken|smuggled|trafficked|imported)\s+(?:\S+\s+){0,3}?(?:to|into)\s+(?:pakistan|karachi|lahore|quetta|peshawar|islamabad|rawalpindi|hyderabad|multan|faisalabad|gwadar)\b|\b(?:bangladeshi|burmese|rohingya|afghan|nepali|nepalese|iranian|uzbek|tajik|filipina|nigerian)\s+national\b[^.?!]{0,120}?\bbr(?:ought|ing)\s+(?:her|them)\s+(?:to|into)\s+pakistan\b|\b(?:brought|bringing|taken|smuggled|imported|trafficked|transported|carried)\s+(?:\S+\s+){0,5}?from\s+(?:bangladesh|dhaka|chittagong|burma|myanmar|yangon|rangoon|nepal|kathmandu|india|afghanistan|kabul|iran|tehran|china|sri\s+lanka|uzbekistan|tajikistan|russia|thailand|philippines|nigeria|central\s+asia)\b[^.?!]{0,60}?\b(?:to|into|in)\s+(?:pakistan|karachi|lahore|quetta|peshawar|islamabad|rawalpindi|hyderabad|multan|faisalabad|gwadar)\b|\bfrom\s+(?:bangladesh|dhaka|chittagong|burma|myanmar|yangon|rangoon|nepal|kathmandu|india|afghanistan|kabul|iran|tehran|china|sri\s+lanka|uzbekistan|tajikistan|russia|thailand|philippines|nigeria|central\s+asia)\b[^.?!]{0,40}?\b(?:brought|taken|smuggled|imported|trafficked|transported|carried)\s+(?:\S+\s+){0,3}?(?:to|into|in)\s+(?:pakistan|karachi|lahore|quetta|peshawar|islamabad|rawalpindi|hyderabad|multan|faisalabad|gwadar)\b|\b(?:to|into)\s+pakistan\s+from\s+(?:\S+\s+)?(?:bangladesh|burma|myanmar|nepal|india|afghanistan|iran|china|abroad)\b/i;
/** Two or more offenders told together ("three boys together", "teen larkon ne mil kar", "تین لڑکوں نے مل کر", "he and his friends"). */
/** Words the definitions sections define, of a person or of facts (PTPA s. 2, PSMA s. 2, BLSA s. 2). */
const DEFINED_WORDS = String.raw`(?:victims?|mutasira|mutasirah|child|minor|bacha|bachi|bachcha|bachchi|nabaligh|nabalig|na\s+baligh|bonded\s+lab(?:ou)?r(?:ers?)?|bonded\s+debt|peshgi|advance|migrants?|smuggled\s+migrants?|nominal\s+wages?)`;
/** An irregular route abroad: "by the Libya route", "via Iran", "Iran ke raste", "through the Taftan border". */
const ROUTE_ABROAD = /\b(?:by|via|through)\s+(?:the\s+)?(?:libya|libyan|iran|iranian|turkey|turkish|greece|afghan|taftan|balochistan|sea|desert|dunki|donkey)\s+(?:route|border|way)\b|\b(?:libya|iran|turkey|greece|taftan|dunki|donkey)\s+(?:ke|kay|k)\s+(?:raste|rastay|rasty)\b|\b(?:sent|sending|send|took|taken|taking|moved|smuggled)\s+(?:\S+\s+){0,6}?(?:via|through)\s+(?:libya|iran|turkey|greece|taftan)\b/i;
const MANY_OFFENDERS = /\b(?:two|three|four|five|several|multiple|many|2|3|4|5|do|teen|chaar|char|paanch)\s+(?:\S+\s+)?(?:men|boys|persons|accused|people|youths?|friends|larkon|larkay|larke|admi|admiyon|afraad|bande|bandon)\b|\b(?:mil\s+kar|together|turn\s+by\s+turn|one\s+after\s+(?:the\s+)?other|(?:and|with)\s+(?:his|their)\s+(?:\S+\s+)?(?:friends|companions|accomplices|co-accused))\b|(?:دو|تین|چار|پانچ|کئی)\s+(?:\S+\s+)?(?:لڑکوں|آدمیوں|افراد|ملزمان|ملزموں)|مل\s+کر|باری\s+باری/i;
/** A sum of money demanded ("30 lakh maang rahe hain", "demanding 5 lakh", "دس لاکھ مانگ رہے ہیں"). */
const SUM_DEMANDED = /\b\d[\d,]*\s*(?:lakh|lac|lacs|crore|hazar|hazaar|thousand|rupees|rs)\b[^.?!]{0,30}?\b(?:maang\w*|mang\w*|demand\w*)\b|\b(?:demand\w*|asking\s+for)\s+(?:rs\.?\s*)?\d[\d,]*\s*(?:lakh|lac|crore|thousand|rupees)?\b|لاکھ[^۔؟]{0,30}مانگ/i;
/** A company or firm whose liability, or its directors' or partners', is asked or told. */
const COMPANY_CHARGED = /\b(?:company|companies|firm|corporation|private\s+limited|pvt\.?\s+ltd|ltd)\b[^?!]{0,200}?\b(?:directors?|partners?|managing\s+partner|chief\s+executive|ceo|management)\b|\b(?:can|could|will|would|is|are)\s+(?:the\s+)?(?:company|firm|corporation)\s+(?:\S+\s+){0,4}?(?:be\s+)?(?:booked|charged|prosecuted|liable|punished|held\s+responsible|responsible)\b/i;
/** Work told (English, Roman Urdu, Urdu). */
// A workplace says work too ("brought … to a garment unit … no pay").
const WORK_TOLD = /\b(?:maids?|naukrani|servants?|domestic\s+work\w*|sugarcane|crops?)\b|\bcut\s+(?:his|the|their)\s+\w+|\b(?:in|at|to|into|inside)\s+(?:a\s+|the\s+|his\s+|their\s+)?(?:\S+\s+)?(?:garment\s+(?:unit|factory)|factory|factories|mill|workshop|karkhan\w*)\b|\b(?:work\w*|labou?r\w*|plough\w*|plow\w*|harvest\w*|housework|house\s+work|chores|cleaning|cooking|graz\w*|serve|served|serving|kaam|mazdoori|mashaqqat|khidmat|naukri)\b|کام|مزدوری|مشقت/i;
/** The work told as compelled. */
const WORK_COMPELLED = /\bby\s+(?:threaten\w*|threats?|force|beating)\b|\bmade\s+(?:\S+\s+){0,3}?(?:cut|pick|dig|carry|build|wash)\b|\bagainst\s+(?:his|her|their|the)\s+(?:own\s+)?will\b|\b(?:forced|compelled|coerced)\s+(?:\S+\s+){0,3}?(?:to|into)\b|\bmade\s+(?:\S+\s+){0,3}?(?:work|plough|plow|harvest|labour|labor|clean|cook|graze|serve)\b|\b(?:zabardasti|majboor|jabran)\b|\bnot\s+allowed\s+to\s+leave\b|\blocked\b|زبردستی|مجبور/i;
/** The work told as unpaid. */
const WORK_UNPAID = /\b(?:without|no|never|not)\s+(?:any\s+|a\s+)?(?:pay|paid|payment|wages?|salary|salaries)\b|\bunpaid\b|\bfor\s+free\b|\bmuft\b|\bbina\s+(?:tankhwah|tankhwa|tankha|paise|paison|ujrat|mazdoori)\b|\b(?:tankhwah|tankhwa|tankha|paise|ujrat)\s+(?:nahi|nahin|nai)\b|بغیر\s+تنخواہ|تنخواہ\s+نہیں/i;
/** A person forced into a vehicle: "pushed him into a car", "dragged her into the van", "gari mein daal kar". */
const VEHICLE_TAKING = /\b(?:pushed|pushing|dragged|dragging|bundled|bundling|forced|shoved|threw|thrown|hauled|put)\s+(?:\S+\s+){0,7}?into\s+(?:a|an|the|their|his|her|waiting)?\s*(?:\S+\s+){0,2}?(?:cars?|vehicles?|vans?|jeeps?|corolla|mehran|cultus|alto|vigo|pickup|pick-up|hiace|carry|rickshaw|truck|cab|taxi|double\s+cabin|land\s+cruiser|suzuki)\b|\b(?:forced|pushed|dragged)\s+(?:\S+\s+){0,3}?onto\s+(?:a|an|the|their|his|her)?\s*(?:motor\s*)?(?:bike|cycle|motorcycle|motorbike)\b|\b(?:gari|gaari|gaadi|gadi|car|van|jeep|rickshaw)\s+(?:mein|me|main)\s+(?:zabardasti\s+)?(?:daal|dal|dala|daala|bitha|bithaya|bitha\s+kar|phenk|ghaseet)\w*|\b(?:zabardasti|zabardasty|zabrdasti|gun\s+point|pistol\s+(?:dikha|ke\s+zor)\w*)\s+(?:\S+\s+){0,2}?(?:gari|gaari|gaadi|gadi|car|van|jeep|rickshaw|bike|motor\s*cycle|motorbike)\s+(?:mein|me|main|pe|par|pay|per)\s+(?:bitha|daal|dal|phenk|ghaseet)\w*|گاڑی\s+میں\s+(?:زبردستی\s+)?(?:ڈال|بٹھا|گھسیٹ)/i;
/** Terms that tell a purpose of exploitation (PTPA s. 3): an agent who sends people to it is a trafficker. */
const EXPLOITATION_TERMS = new Set(['forced-labour', 'sexual-exploitation', 'trafficking-in-persons', 'domestic-servitude', 'bonded-labour', 'slavery', 'organized-beggary', 'selling-for-prostitution']);
/** The kidnapping and abduction sections that say nothing of a purpose (PPC ss. 359–363), and s. 364A, whose purpose must be told. */
const KIDNAPPING_REFS = new Set(['ppc/359', 'ppc/360', 'ppc/361', 'ppc/362', 'ppc/363', 'ppc/364A']);
/**
 * A basic offence, its aggravated form, and what makes it so: the harm (in the statutes' words the query is searched
 * by) or a glossary term told. PTPA s. 4(c) "confiscation or destruction of any travel document of the victim".
 */
const AGGRAVATIONS: [string, string, RegExp, string[]][] = [
  ['ptpa-2018/3', 'ptpa-2018/4', /^(?:death|died|dead|killed|murdered|grievous|illness)$/, ['travel-document-confiscated']],
  ['psma-2018/3', 'psma-2018/6', /^(?:death|died|dead|killed|murdered|grievous|illness|injury|hurt|cruel|inhuman|degrading|tortured|endanger|danger)$/, []],
];
/** A girl or young woman, by the words people use. */
const GIRL_WORDS = /^(?:girl|girls|daughter|daughters|niece|sister|larki|larkiyan|bachi|beti|لڑکی|بچی|بیٹی)$/;
/** Words of luring a person away: "lured", "enticed". */
const LURING = /^(?:lured|lures|lure|luring|enticed|entices|entice|enticing)$/;
/** Words of taking a person somewhere. */
const TAKING = /^(?:took|taken|takes|flew|flown|sent|carried|moved|picked|drove|driven)$/;
const PROCEDURE_TERMS = new Set(['bail', 'cognizable', 'compoundable', 'trial-court', 'investigation']);
/** Of those, the ones that ask how an offence is classified (CrPC Schedule II): arrest without warrant, bail, compounding. */
const CLASSIFICATION_TERMS = new Set(['bail', 'cognizable', 'compoundable']);

/** Tokens that belong to a citation: numbers, "s", "u/s", "r/w", pinpoint words. */
const CITATION_WORDS = /^(\d+[a-z]?|s|ss|sec|secs|section|sections|dafa|dafah|dafaa|daffa|daffah|dafat|dafaat|u|us|r|w|rw|read|with|sub-section|subsection|sub|clause|cl|para|proviso|explanation|expl|illustration|illustrations|exception|[a-z])$/;

/** Roman Urdu for "section" ("dafa 371", "daffa 3 ptpa"): never a search word, never corrected. */
const SECTION_WORDS = /^(dafa|dafah|dafaa|dafa-a|daffa|daffah|dafat|dafaat|dafe)$/;

/** The catalogue's entry for "<act>/<number>", if it has it. */
function provisionOf(catalogue: CatalogueAct[], ref: string) {
  const [act, number] = ref.split('/');
  return catalogue.find((a) => a.act === act)?.provisions?.find((p) => p.number === number);
}

/** URL path of "<act>/<number>" in the catalogue, if it has it. */
function urlOf(catalogue: CatalogueAct[], ref: string) {
  return provisionOf(catalogue, ref)?.url;
}

/**
 * Puts provisions above what the query's terms point to: each of `urls` is raised to `factor` × the strongest pointing
 * of any provision (taken once, before any is raised; 0.3 at least, so that a query no term reads still lifts them),
 * unless it already points harder. In: the priors (URL path -> weight, changed in place), the URLs, the factor (> 1),
 * and the least "strongest pointing" to lift from: 1, a term's common name, where a rule reads the facts' provision
 * plainly enough to stand above the words' full-text matches.
 */
const englishOf = new WeakMap<GlossaryIndex, Set<string>>();
/** The words of the glossary's English phrases ("agent", "kidnapping"), once per glossary. */
function glossaryEnglish(glossary: GlossaryIndex): Set<string> {
  let out = englishOf.get(glossary);
  if (!out) englishOf.set(glossary, (out = new Set(glossary.phrases.filter((p) => p.kind === 'english').flatMap((p) => p.words))));
  return out;
}

function liftAbove(priors: Record<string, number>, urls: (string | undefined | false)[], factor: number, floor = 0.3) {
  const top = Math.max(floor, ...Object.values(priors));
  for (const url of urls) if (url) priors[url] = Math.max(priors[url] ?? 0, top * factor);
}

/**
 * The words of a query the lexicon (content/lexicon.yaml) reads: Urdu and Roman Urdu words that
 * no glossary term took and that are not English words of the library ("maut", "پاسپورٹ"). A
 * Roman spelling that is an English word too ("lure") is read so only in a Roman Urdu query.
 * In: the query's tokens, the glossary's matches, the words already read (`skip`: citations,
 * Acts, ages), whether the query is Roman Urdu, and the vocabulary; out: matches whose term is
 * the English to search ('' for a generic word: read, not searched).
 */
function readLexicon(words: string[], terms: GlossaryMatch[], skip: (i: number) => boolean, roman: boolean, vocab: SearchVocabulary): GlossaryMatch[] {
  const lexicon = vocab.lexicon;
  if (!lexicon) return [];
  const inTerm = new Set(terms.flatMap((t) => Array.from({ length: t.to - t.from }, (_, k) => t.from + k)));
  const english = (w: string) => !isUrdu(w) && (vocab.words.has(w) || !!wordForm(w, vocab.words));
  // Read once per word: matchGlossary asks for every phrase at every place.
  const done = words.map((w, i) => skip(i) || inTerm.has(i) || english(w));
  const taken = (i: number) => done[i];
  // In an English query a Roman spelling close to its own English ("traficking", "pasport") is a
  // slip of the English word: spelling correction reads it, and says so.
  const slip = (m: GlossaryMatch) => !!m.term.term && m.term.term.split(' ').some((e) => editDistance(m.typed, e, 2) <= 2);
  // A lexicon word matches as typed or with one slip: it lists its spellings, and a sound match
  // of two slips reads "shikar" (prey, victim) as "sahukar" (creditor).
  // A grammar word alone is no lexicon word, though one slip from one ("ساتھ" with, "ساتھی" accomplice, "سات" seven).
  const grammarWord = (m: GlossaryMatch) => m.to - m.from === 1 && (URDU_FUNCTION_WORDS.has(m.typed) || (roman && ROMAN_FUNCTION_WORDS.has(m.typed)));
  return matchGlossary(words, lexicon, taken, 1).filter((m) => !taken(m.from) && !taken(m.to - 1) && !grammarWord(m) && (roman || m.kind !== 'roman' || (!lexicon.alsoEnglish.has(m.typed) && !slip(m))));
}

/**
 * Everyday English for the statutes' words (content/lexicon.yaml `everyday`): "dead body" is
 * searched as "murdered" too, "passport" as "travel document". Read in any query, in words no
 * glossary term or lexicon word took; the words typed are still searched where the library uses
 * them. In: the query's tokens, the spans already read, the words to pass over, the vocabulary;
 * out: matches whose term is the English to search.
 */
function readEveryday(words: string[], read: GlossaryMatch[], skip: (i: number) => boolean, vocab: SearchVocabulary): GlossaryMatch[] {
  const index = vocab.lexicon?.everyday;
  if (!index?.phrases.length) return [];
  const done = new Set(read.flatMap((t) => Array.from({ length: t.to - t.from }, (_, k) => t.from + k)));
  // Exact spellings (and plurals) only: "house" is not "housed". The statute's own word typed
  // ("coercion", "illegal entry") is searched as it is, not read again as the entry's other words.
  // A form of the statute's own word that the library has ("smugglers", "kidnapper") is left to
  // word forms (words.ts); one it lacks ("demanding") is read.
  const stem = (a: string, b: string) => { const k = Math.min(6, a.length, b.length); return a.slice(0, k) === b.slice(0, k); };
  return matchGlossary(words, index, (i) => skip(i) || done.has(i), 0).filter((m) => {
    const own = m.term.term.split(' ');
    const formOfOwn = (w: string) => own.includes(w) || (own.some((o) => stem(o, w)) && (vocab.words.has(w) || !!wordForm(w, vocab.words)));
    return !done.has(m.from) && !done.has(m.to - 1) && !!m.term.term && !m.typed.split(' ').every(formOfOwn);
  });
}

/**
 * The query with each word the lexicon read put as its English ("maut" -> death, "dead body" ->
 * murdered), for the glossary to read again: "sold her to a brothel" names what "sells … brothel"
 * names. In: the tokens and the lexicon's matches; out: the words and, for each, its place in the query.
 */
function inEnglish(words: string[], read: GlossaryMatch[]) {
  const out: { w: string; at: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = read.find((r) => r.from === i);
    if (!m) { out.push({ w: words[i], at: i }); continue; }
    for (const e of m.term.term.split(' ')) out.push({ w: e, at: i });
    i = m.to - 1;
  }
  return out;
}

const romanWordSets = new WeakMap<object, { singles: Set<string>; all: Set<string> }>();
/**
 * A Roman Urdu word of the glossary or the lexicon joined by a hyphen to an English one ("peshgi-bound", "bhatta-owner",
 * "karza-bound family") is two words, unless the library or the glossary spells the whole so ("non-bailable"), or the
 * other part is itself a word of a Roman phrase ("bad-feli"). In: the query's text and the vocabulary; out: the text
 * with such hyphens made spaces.
 */
export function splitRomanCompounds(text: string, vocab: SearchVocabulary): string {
  let sets = romanWordSets.get(vocab.glossary);
  if (!sets) {
    const phrases = [...vocab.glossary.phrases, ...(vocab.lexicon?.phrases ?? [])].filter((p) => p.kind === 'roman');
    sets = { singles: new Set(phrases.filter((p) => p.words.length === 1).map((p) => p.words[0])), all: new Set(phrases.flatMap((p) => p.words)) };
    romanWordSets.set(vocab.glossary, sets);
  }
  const { singles, all } = sets;
  return text.replace(/(\p{L}{3,})-(\p{L}{3,})/gu, (m, a: string, b: string) => {
    const [x, y, whole] = [a.toLowerCase(), b.toLowerCase(), m.toLowerCase()];
    if (all.has(whole) || vocab.words.has(whole)) return m;
    return (singles.has(x) && !all.has(y)) || (singles.has(y) && !all.has(x)) ? `${a} ${b}` : m;
  });
}

/**
 * Reads a query. Steps, each a rule of its own module: citations with pinpoints
 * (citation-parse.ts); the names and nicknames of Acts; glossary terms in English, Urdu and
 * Roman Urdu (glossary.ts), with Roman Urdu grammar words ("se", "ka") set aside when the query
 * is Roman Urdu and English grammar words always; then each remaining word in the form the
 * library uses (words.ts) or, failing that, spelt as the library spells it (spelling.ts). Along
 * the way: the lexicon's words and everyday English (readLexicon, readEveryday), read again by
 * the glossary; what the query denies (story-facts.ts deniedIn); terms whose words it holds apart
 * (glossary.ts termsApart); the ages told, for the ranking's age limits; a province not searched
 * outside bonded labour.
 * `raw` is the query as typed; returns everything the search and the page need.
 */
export function understandQuery(raw: string, vocab: SearchVocabulary): Understood {
  const { catalogue, words: vocabulary, glossary } = vocab;
  const q = raw.trim();
  const citations = q ? parseCitations(q, catalogue) : null;
  const citationOnly = citations ? isCitationOnly(q, catalogue) : false;
  const named = q ? actsOnly(q, catalogue) : null;
  // "P.P.C." and "Cr.P.C." are read as "PPC" and "CrPC" (as the citation parser reads them).
  const text = splitRomanCompounds(q.replace(/\b(?:[a-z]{1,2}\.){1,3}[a-z]{1,2}\b\.?/gi, (m) => (/^(?:s|ss|u|r)\./i.test(m) ? m : m.replace(/\./g, ''))), vocab);
  const words = tokens(text);
  const typed = typedTokens(text);
  // Persons' names as a case diary writes them ("Accd Rehana"): read as no term of the law. A word of the library or
  // of the glossary's English, or an everyday word of its told facts, is no name ("accused Agent").
  const nameAt = namesIn(text, (w) => vocabulary.has(w) || !!vocab.everyday?.has(w) || glossaryEnglish(glossary).has(w));
  const notes: string[] = [];

  // Acts named: matched on the words with hyphens split ("anti-trafficking act").
  const parts: { w: string; i: number }[] = [];
  words.forEach((w, i) => { for (const p of w.split('-')) if (p) parts.push({ w: p, i }); });
  const actAt = new Set<number>();
  const acts: string[] = [];
  for (const name of actNames(catalogue)) {
    if (name.kind !== 'act') continue;
    for (let s = 0; s < parts.length; s++) {
      let j = s, k = 0;
      while (j < parts.length && k < name.words.length) {
        const w = nameWords(parts[j].w)[0] ?? parts[j].w;
        if (w === 'the' && name.words[k] !== 'the') { j++; continue; }
        if (w !== name.words[k]) break;
        j++; k++;
      }
      if (k < name.words.length || parts.slice(s, j).some((p) => actAt.has(p.i))) continue;
      for (const p of parts.slice(s, j)) actAt.add(p.i);
      if (/^\d{4}$/.test(parts[j]?.w ?? '')) actAt.add(parts[j].i);
      if (!acts.includes(name.id)) acts.push(name.id);
    }
  }

  const inVocab = (w: string) => vocabulary.has(w);
  // A query is Roman Urdu when it uses Roman Urdu grammar words that are not English ("se", "ko").
  let roman = words.some((w) => ROMAN_FUNCTION_WORDS.has(w) && !inVocab(w) && !STOP_WORDS.has(w));
  const cited = (w: string) => !!citations && CITATION_WORDS.test(w);
  const grammar = (w: string, romanQuery: boolean) =>
    STOP_WORDS.has(w) || URDU_FUNCTION_WORDS.has(w) || (ROMAN_FUNCTION_WORDS.has(w) && (romanQuery || !inVocab(w)));
  // An age told in the story ("my 15 year old daughter") is read, not searched (story-facts.ts).
  // So is a sum of money ("50 lakh").
  // An age limit ("14 saal se kam umar", "under 14") is searched as the statutes write it ("fourteen").
  const span = (a: { from: number; to: number }) => Array.from({ length: a.to - a.from }, (_, k) => a.from + k);
  const bounds = citations ? [] : ageBoundsIn(words);
  const inBound = new Set(bounds.flatMap(span));
  const ages = citations ? [] : agesIn(words).filter((a) => !span(a).some((i) => inBound.has(i)));
  // An age in brackets after a name, as an FIR writes it ("Shirin Akter (20)", "recovered Rubina (22)").
  // A person's name only: not a word of the library ("Victims (8)", "Section (2)"), and not the accused's ("Accused Imran (17)").
  for (const m of q.matchAll(/\b(\p{Lu}\p{Ll}+)\s*\((\d{1,2})\)/gu)) {
    if (vocabulary.has(m[1].toLowerCase()) || /\b(?:accused|accd|mulzim|mulzam|suspect|nayika|naika)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}$/iu.test(q.slice(0, m.index))) continue;
    const i = words.findIndex((w, k) => w === m[2] && words[k - 1] === m[1].toLowerCase());
    if (i > 0 && !ages.some((a) => a.from <= i && i < a.to) && !citations) ages.push({ age: Number(m[2]), from: i, to: i + 1, typed: m[2] });
  }
  const ageAt = new Set([...ages.flatMap(span), ...inBound, ...amountsIn(words).flatMap(span)]);
  // "Against his will" is the law's own fact (PPC s. 374 "against the will of that person", s. 375
  // "against her will"): there "will" is no grammar word.
  const willAt = new Set(words.flatMap((w, i) => (w === 'will' && (words[i - 1] === 'against' || (words[i - 2] === 'against' && /^(?:his|her|their|my|the|your|our)$/.test(words[i - 1] ?? '')))) ? [i] : []));
  const grammarAt = (i: number, romanQuery: boolean) => grammar(words[i], romanQuery) && !willAt.has(i);
  let skip = (i: number) => actAt.has(i) || ageAt.has(i) || nameAt.has(i) || cited(words[i]) || SECTION_WORDS.test(words[i]) || grammarAt(i, roman);
  let terms = matchGlossary(words, glossary, skip);
  // The lexicon's phrases may hold grammar words ("dhamki di", "mar gaya"): only words already read are taken.
  const read = (i: number) => actAt.has(i) || ageAt.has(i) || nameAt.has(i) || cited(words[i]) || SECTION_WORDS.test(words[i]);
  let lexical = readLexicon(words, terms, read, roman, vocab);
  if (!roman && terms.some((t) => t.kind !== 'english')) {
    roman = true;
    skip = (i: number) => actAt.has(i) || ageAt.has(i) || nameAt.has(i) || cited(words[i]) || SECTION_WORDS.test(words[i]) || grammarAt(i, true);
    terms = matchGlossary(words, glossary, skip);
    lexical = readLexicon(words, terms, read, roman, vocab);
  }
  // An age under eighteen names a child (PTPA s. 2), as if the glossary's "Child" had been typed.
  const child = glossary.terms.find((t) => t.id === 'child');
  const young = ages.find((a) => a.age < 18) ?? bounds.find((b) => b.under <= 18);
  if (child && young && !terms.some((t) => t.term === child)) terms.push({ term: child, kind: 'english', from: young.from, to: young.to, typed: young.typed });
  // A name opens or ends no phrase of the law, though spelt as one ("Accd Ghulam Rasool": no "ghulam", slave).
  terms = terms.filter((t) => !nameAt.has(t.from) && !nameAt.has(t.to - 1));
  lexical = lexical.filter((m) => !nameAt.has(m.from) && !nameAt.has(m.to - 1));
  // What the query says was not there ("no loan was ever given") names no term and is not searched.
  const denied = deniedIn(words);
  terms = terms.filter((t) => !Array.from({ length: t.to - t.from }, (_, k) => t.from + k).some((i) => denied.has(i)));
  // Nor does a lexicon word for it ("no one was taken out of the country": no "outside").
  lexical = lexical.filter((m) => !denied.has(m.from));
  const inTerm = new Set<number>();
  for (const t of terms) for (let i = t.from; i < t.to; i++) inTerm.add(i);
  // Words the lexicon reads: the first word of each carries the English to search, the rest are done.
  const lexAt = new Map<number, string[]>();
  for (const m of lexical) for (let i = m.from; i < m.to; i++) lexAt.set(i, i === m.from && m.term.term ? m.term.term.split(' ') : []);
  // Everyday English ("dead body", "burnt") adds the statutes' words; the words typed stay where the library uses them.
  const everyday = readEveryday(words, [...terms, ...lexical], (i) => read(i) || denied.has(i) || grammar(words[i], roman), vocab)
    // A phrase that opens on a denied word ("no one was taken out of the country") is not read; "without a visa" opens on
    // its negation, which is the fact (illegal entry).
    .filter((m) => !denied.has(m.from));
  const dayAt = new Map<number, string[]>();
  // A phrase of two entries ("hide": conceals, harbours) is searched as both.
  for (const m of everyday) for (let i = m.from; i < m.to; i++) dayAt.set(i, [...(dayAt.get(i) ?? []), ...(i === m.from ? m.term.term.split(' ') : [])]);
  // The glossary reads the lexicon's English too: "passport … burnt" names what "destruction of travel document" names.
  // An age under eighteen reads as "minor" there too: "lures a 17 year old girl" is "lured a minor girl" (PPC s. 366A).
  const minors = ages.filter((a) => a.age < 18).map((a) => ({ term: { term: 'minor' } as GlossaryTerm, kind: 'english' as const, from: a.from, to: a.to, typed: a.typed }));
  const english = inEnglish(words, [...lexical, ...everyday, ...minors].filter((m) => m.term.term).sort((a, b) => a.from - b.from));
  // A translation of a negation about travel papers ("without a visa": illegal entry) tells a fact, and keeps it.
  const negated = new Set([...lexical, ...everyday].filter((m) => NEGATIONS.test(words[m.from] ?? '') && words.slice(m.from, m.to).some((w) => PAPERS.test(w))).map((m) => m.from));
  if (english.length !== words.length || english.some((e, k) => e.w !== words[k])) {
    const again = matchGlossary(english.map((e) => e.w), glossary, (k) => STOP_WORDS.has(english[k].w) || skip(english[k].at) || denied.has(english[k].at));
    for (const m of again) {
      if (terms.some((t) => t.term === m.term)) continue;
      const from = english[m.from].at, to = english[m.to - 1].at + 1;
      if (denied.has(from) || denied.has(to - 1) || nameAt.has(from) || nameAt.has(to - 1)) continue;
      // A translation keeps no negation: "parents … without their permission" is no "parents consented".
      // A translation that is itself of the negation ("without a visa": illegal entry) keeps it.
      if (words.slice(from, to).some((w, k) => NEGATIONS.test(w) && !negated.has(from + k))) continue;
      terms.push({ term: m.term, kind: 'english', from, to, typed: words.slice(from, to).join(' ') });
    }
  }

  // Terms a rule reads in facts told in words no phrase of the term holds: each is added at the first word that tells it.
  /** Adds glossary term `id` unless already read, at the first word `at` matches (or `fallback` when none does). */
  const tellTerm = (id: string, at: (w: string, i: number) => boolean, fallback?: number) => {
    const term = glossary.terms.find((t) => t.id === id);
    if (!term || terms.some((t) => t.term === term)) return;
    const found = words.findIndex(at);
    const i = found >= 0 ? found : fallback ?? -1;
    if (i >= 0) terms.push({ term, kind: 'english', from: i, to: i + 1, typed: words[i] });
  };
  const kidnappingTold = () => terms.some((t) => t.term.names.some((r) => KIDNAPPING_REFS.has(r) || r === 'ppc/362'));
  // A person forced into a vehicle ("pushed his brother into a white Corolla", "bundled her into a van", "zabardasti gari
  // mein daal kar le gaye") is taken by force: abduction, PPC s. 362 "by force compels … any person to go from any place".
  // So is one taken along on a pretext, no child told ("took his son Imran along on the pretext of a panchayat"): s. 362
  // "by any deceitful means induces any person to go from any place".
  const pretext = /\b(?:took|taken|called|lured|brought)\s+(?:\S+\s+){0,4}?on\s+the\s+pretext\s+of\b|\b(?:bahane|bahana\s+bana\s*(?:ke|kar))\s+(?:\S+\s+){0,4}?le\s+(?:gaya|gayi|gaye|gai)\b/i.exec(q);
  if (pretext && !ages.some((a) => a.age < 18) && !words.some((w) => CHILD_WORDS.test(w))) tellTerm('abduction', (w) => /^(?:took|taken|called|lured|brought|le)$/.test(w));
  // So is one taken away by force ("took away his daughter Sana by force", "forcibly took her").
  // A person, not a thing: "took away cash and mobile phones by force", "put the bags into the car" take no one.
  const things = /\b(?:cash|money|rupees|phones?|mobiles?|gold|jewel\w*|passports?|cnics?|id\s+cards?|documents?|papers?|bags?|luggage|goods|cattle|buffalo\w*|goats?|cows?|car|motorcycle|bike|valuables|belongings|wallet|purse)\b/i;
  const takings = [VEHICLE_TAKING.exec(q), /\b(?:took|taken|carried|dragged)\s+(?:away\s+)?(?:\S+\s+){0,4}?(?:by\s+force|forcibly|at\s+gun\s*-?point)\b|\bforcibly\s+(?:took|taken|carried|removed)\b/i.exec(q)];
  // The words before the vehicle say who was taken ("bundled the bags into the car"; "zabardasti bike pe bitha k").
  const beforeVehicle = (x: string) => x.replace(/\b(?:into|onto)\s+.*$/i, '').replace(/\b(?:gari|gaari|gaadi|gadi|car|van|jeep|rickshaw|bike|motor\s*cycle|motorbike)\s+(?:mein|me|main|pe|par|pay|per)\b.*$/i, '');
  const forcedIn = takings.find((m) => m && !things.test(beforeVehicle(m[0]))) ?? null;
  if (forcedIn && !kidnappingTold()) tellTerm('abduction', (w, i) => w === tokens(forcedIn[0])[0] && i === words.indexOf(w) && !denied.has(i));
  // A child taken without the parents' knowing or leave ("والدین کو بتائے بغیر اپنے ساتھ لے گیا", "bina bataye le gaya",
  // "took the boy without telling his parents"), told in words no kidnapping term holds, is kidnapping from lawful
  // guardianship: PPC s. 361 "takes or entices any minor … out of the keeping of the lawful guardian … without the
  // consent of such guardian".
  const childTold = terms.some((t) => t.term.id === 'child') || ages.some((a) => a.age < 18);
  const takenTold = words.some((w) => TAKING.test(w) || LURING.test(w)) || [...lexical, ...everyday].some((m) => /\b(?:taken|took)\b/.test(m.term.term));
  if (childTold && takenTold && GUARDIAN_UNAWARE.test(q) && !kidnappingTold()) tellTerm('kidnapping', (w) => TAKING.test(w) || LURING.test(w) || /^(?:لے|le)$/.test(w));
  // Or a minor who went with the accused, pleaded as going of her own will ("seen taking her on his motorcycle … she
  // went with him of her own will"): s. 361 is "without the consent of such guardian"; the minor's consent is no answer.
  const wentWillingly = childTold && (takenTold || words.includes('taking')) && OWN_WILL.test(q);
  const takenFromGuardian = childTold && takenTold && GUARDIAN_UNAWARE.test(q) || wentWillingly;
  if (wentWillingly && !kidnappingTold()) tellTerm('kidnapping', (w) => TAKING.test(w) || LURING.test(w) || w === 'taking');
  // A debt told: a bonded-labour story, whose threats and demands are the bondage's levers (BLSA s. 11), not another offence.
  // A debt denied ("no karza nothing") is none.
  // Unpaid work ("nominal wages") is no debt.
  const debtTold = terms.some((t) => t.term.id !== 'nominal-wages' && t.term.provisions.length > 0 && t.term.provisions.every((r) => r.startsWith('blsa-1992'))) || words.includes('bonded')
    || words.some((w, i) => !denied.has(i) && /^(?:loans?|debts?|advance|peshgi|qarz\w*|karz\w*|udhaa?r|قرض\S*|پیشگی)$/.test(w));
  // Who is told buying or selling a person (story-facts.ts tradeIn), for the rules below.
  const trade = tradeIn(words, q);
  // People sent abroad by an irregular route ("sending 12 youths from Kharian to Spain by the Libya route", "Iran ke raste
  // Turkey bheja"), with no exploitation told, are smuggled: PSMA s. 2(i) "the facilitation, for benefit, of illegal
  // entry of another person … into another country", told in words no phrase of the term holds.
  if (ROUTE_ABROAD.test(q) && !terms.some((t) => EXPLOITATION_TERMS.has(t.term.id) || t.term.id === 'buying-or-selling-a-person') && !sexualPurposeIn(words, q) && !trade.selling && !trade.buying && !/\b(?:sold|sell\w*|bech\w*|farokht\w*|bought)\b/i.test(q)) tellTerm('smuggling-of-migrants', (w) => /^(?:send\w*|sent|route|raste|rastay|bhej\w*)$/.test(w));
  // An adult made to go by a lie ("was told her mother had been admitted in hospital, she sat in the car herself and was
  // driven to a dera instead"): abduction, PPC s. 362 "by deceitful means induces any person to go from any place".
  // Only an adult told (a minor taken is kidnapping, s. 361) and no exploitation (a job promised is trafficking's fraud).
  const deceived = /\bjhoot\s+bol\w*|\b(?:was|were)\s+told\s+(?:that\s+)?[^.?!]{0,160}?\b(?:instead|but)\b|\bon\s+the\s+pretext\b|\b(?:lied\s+to|tricked|deceived|false\s+(?:story|news|excuse)|jhoot\s+bol\w*|dhok[ah]?\w*\s+se|bahane\s+se)\b/i.test(q);
  const went = /\ble\s+(?:gaya|gayi|gaye|gai|jaya)\b|\b(?:sat|got)\s+in(?:to)?\s+(?:the|a|his|their)\s+(?:car|van|vehicle|rickshaw)\b|\b(?:driven|taken|took\s+her|took\s+him|went\s+with)\b/i.test(q);
  const adult = ages.length ? ages.every((a) => a.age >= 18) : /\b(?:adult|married\s+(?:woman|man)|grown\s+up)\b/i.test(q);
  // Not a marriage compelled (s. 365B "by … deceitful means induces any woman to go … in order that she may be compelled to
  // marry"), nor a taking abroad (s. 360 "conveys any person beyond the limits of Pakistan").
  const otherTaking = /\b(?:married\s+(?:her|him|them)|(?:to|will|would)\s+marry|marr(?:y|ied)\s+(?:her|him)\s+(?:off|to)|nikah\s+(?:kar|parh|padh)\w*|shadi\s+(?:kar|karwa|ki)\w*|wedding|rukhsati)\b/i.test(q) || everyday.some((m) => m.term.term === ABROAD) || [...lexical, ...everyday].some((m) => /\b(?:beyond|outside)\b/.test(m.term.term));
  // "Is this kidnapping at all?" asks it of the facts: the word asked is no kidnapping told.
  const kidnappingAsked = /\b(?:is|was)\s+(?:this|it|that)\s+(?:even\s+|really\s+|still\s+)?kidnapp\w*|\bkya\s+(?:is|isko|ise|isay|yeh|ye|usko|ise)\s+(?:bhi\s+)?(?:aghwa|agwa|aghwah)\s+(?:kehte|kahte|kaha|mana)\w*/i.test(q);
  const deceitAbduction = deceived && went && adult && !otherTaking && (!kidnappingTold() || kidnappingAsked) && !terms.some((t) => EXPLOITATION_TERMS.has(t.term.id)) && !sexualPurposeIn(words, q);
  if (deceitAbduction) tellTerm('abduction', (w) => /^(?:told|driven|taken|took|sat|went)$/.test(w));
  // Foreigners without papers kept for rent or pay ("keeps afghan families w/o visa or card in his rooms for extra rent"):
  // PSMA s. 5 "for the purpose of getting benefit, harbours … a person who is not a citizen or permanent resident of
  // Pakistan and who has not complied with the necessary requirements for legally remaining in Pakistan".
  const foreigners = /\b(?:afghans?|afghani|bangladeshis?|bengalis?|burmese|rohingyas?|iranians?|nepal(?:i|ese)|uzbeks?|tajiks?|africans?|nigerians?|foreigners?|foreign\s+nationals?|ghair\s*mulki\w*|gair\s*mulki\w*)\b|افغان|غیر\s*ملکی/i.test(q);
  const unpapered = /ویزا\s+ختم|ختم\s+ویزا|بغیر\s+ویزا|ویزے\s+کے\s+بغیر|بغیر\s+کاغذات|کاغذات\s+کے\s+بغیر|(?:\bw\/o|\bwithout|\bno|\bbina|\bbaghair|\bbagair|\bexpired|\binvalid|\bfake)\s+(?:\S+\s+){0,2}?(?:visas?|cards?|por|pors|documents?|papers?|kaghzat|passports?|permits?|registration|legal\s+status)\b|\b(?:undocumented|illegal(?:ly)?\s+(?:staying|resid\w*|living)|overstay\w*)\b|\bnone\s+(?:of\s+them\s+)?(?:holding|having|had|has|with)\s+(?:a\s+|any\s+)?(?:visas?|cards?|por|documents?|papers?)\b/i.test(q);
  // One who does the keeping for benefit ("keeps … in his rooms", "rents rooms to", "employs"), not the foreigners' own
  // rented house ("police raided a rented house and arrested 12 Afghans").
  const lodged = /رکھتا|رکھا|چھپا|کرائے\s+پر|\bcharg\w*\s+(?:\S+\s+){0,8}?(?:for\s+)?rent\b|\b(?:gives?|giving|gave|provid\w*)\s+shelter\b|(?:\b(?:keeps?|kept|keeping|hous(?:es|ed|ing)|shelter(?:s|ed|ing)|employ(?:s|ed|ing)|hid(?:es|ing)?|hidden|lodg(?:es|ed|ing))\b|\brent(?:s|ed|ing)?\s+(?:out\s+)?(?:rooms?|houses?|quarters?|flats?|a\s+room)\s+to\b|\bkiray[ae]\s+(?:par|pe|pay)\s+(?:kamr|ghar)\w*\s+(?:diy|de)\w*)/i.test(q);
  // Not where a crossing is told (the smuggling itself, PSMA s. 3), nor exploitation, nor a debt (bonded labour).
  if (foreigners && unpapered && lodged && !sexualPurposeIn(words, q) && !debtTold && !terms.some((t) => t.term.id === 'harbouring-illegal-residents' || (t.term.id === 'smuggling-of-migrants' && !/^(?:without|no|bina|baghair)$/.test(t.typed)) || EXPLOITATION_TERMS.has(t.term.id) || t.term.provisions.some((r) => r.startsWith('blsa')))) tellTerm('harbouring-illegal-residents', (w) => /^(?:keeps?|kept|rooms?|rent\w*|hous\w*|shelter\w*|hid\w*|employ\w*|رکھتا|رکھا|چھپا)$/.test(w), 0);
  // A person bought as one owns a thing ("paid 2 lakh to another landlord n took haari Allah Ditta like he owns him"):
  // PPC s. 370 "buys, sells or disposes of any person as a slave", told in words no phrase of the term holds.
  if (trade.buying && /\b(?:like|as\s+if|as\s+though)\s+(?:he|she|they)\s+owns?\s+(?:him|her|them)\b|\bas\s+(?:his|her|their)\s+(?:own\s+)?property\b/i.test(q)) tellTerm('buying-or-selling-a-person', (w) => /^(?:paid|bought|purchased)$/.test(w));
  // A sum demanded for a person taken ("bhai ko utaar ke le gaye, ab 30 lakh maang rahe hain", "تیس لاکھ مانگ رہے ہیں"):
  // kidnapping for ransom, PPC s. 365A "for the purpose of extorting from the person kidnapped … or from any other person
  // … any property".
  const seized = kidnappingTold() || /\b(?:utaa?r|utha\w*|uthaa\w*|agwa|aghwa|kidnap\w*|abduct\w*|picked\s+up|grabbed)\b|اغوا|اٹھا/i.test(q);
  const otherDemand = debtTold || /\b(?:agents?|dalal|smuggl\w*|dowry|jahez|jahe?iz|police|thana|sho|fee|fees|visa)\b/i.test(q);
  if (SUM_DEMANDED.test(q) && seized && !otherDemand) tellTerm('kidnapping-for-ransom', (w) => /^(?:maang\w*|mang\w*|demand\w*|مانگ\S*)$/.test(w));
  // A "kotha" at a tube-well or a dera is a room, no brothel.
  terms = terms.filter((t) => !(t.term.id === 'brothel' && t.to - t.from === 1 && /^(?:kotha|kothay|kothe|kothi)$/.test(words[t.from]) && /^(?:tube-well|tubewell|well|dera|zameen|khet|fields?|farm)$/.test(words[t.from - 1] ?? '')));
  // The victim wanting money from the convicted offender ("trafficker convicted, the boy he kept in forced work wants money
  // from him"): compensation (PTPA s. 13), not the offence again.
  // A trafficking case named as such ("police made a trafficking case … the magistrate convicted the jamadar") is the
  // PTPA's, though a kiln or a debt is among the facts.
  // Not charges dropped, nor a conviction under another law ("convicted in the trafficking case under PPC 371A").
  const namedTraffickingCase = /\b(?:made|registered|lodged|filed|in)\s+(?:a\s+|the\s+)?(?:human\s+)?trafficking\s+(?:case|fir)\b|\bconvicted\s+(?:\S+\s+){0,3}?(?:of|for)\s+(?:human\s+)?trafficking\b/i.test(q)
    && !/\b(?:dropped|withdrawn|quashed|acquitted)\b/i.test(q) && !/\bunder\s+(?:the\s+)?(?:ppc|penal\s+code|bonded|blsa|psma|smuggling)\b|\b(?:ppc|section|s\.?)\s*3[5-7]\d/i.test(q);
  const compensationAfterConviction = COMPENSATION_SOUGHT.test(q) && /\b(?:convict\w*|sentenced)\b|\bsa?zaa?\s+(?:ho\s+(?:gayi|gai|gaya|chuki|chuka)|mil\s+(?:gayi|gai|chuki))\b/i.test(q) && (namedTraffickingCase || !/\b(?:peshgi|advance|loans?|debts?|qarz\w*|kiln|bhatta|bonded)\b/i.test(q)) && !/\brelease\b|\bto\s+let\s+(?:him|her|them)\s+go\b/i.test(q);
  if (compensationAfterConviction) {
    tellTerm('compensation', (w) => /^(?:money|compensation|damages|muawza|muawaza|harjana)$/.test(w));
  }
  // A girl brought into Pakistan from another country for sex work ("brought by ship from Bangladesh to Karachi port … to
  // put her into sex work"): PPC s. 366B "imports into Pakistan from any country outside Pakistan any girl under the age
  // of twenty-one years with intent that she may be, or knowing it to be likely that she will be, forced or seduced to
  // illicit intercourse with another person". Not a woman of twenty-one or more.
  if (BROUGHT_INTO_PAKISTAN.test(q) && (words.some((w) => GIRL_WORDS.test(w) || /^(?:girls|teenage|teenagers)$/.test(w)) || ages.some((a) => a.age < 21)) && sexualPurposeIn(words, q) && !ages.some((a) => a.age >= 21)) {
    tellTerm('importation-of-girl', (w) => /^(?:brought|bringing|imported|smuggled|trafficked)$/.test(w), 0);
  }
  // A company or firm told, and its directors, partners or itself asked to be charged ("can the company and its directors be
  // booked"): the offences-by-companies section of the facts' law (BLSA s. 18 "every person who … was in charge of, and was
  // responsible to, the company … as well as the company, shall be deemed to be guilty").
  if (COMPANY_CHARGED.test(q) && (debtTold || /\b(?:bonded|kiln|bhatta|peshgi)\b/i.test(q))) tellTerm('offences-by-companies', (w) => /^(?:company|companies|firm|firms|corporation|directors?|partners?)$/.test(w));
  // Work told as forced or unpaid ("made a villager plough his fields against his will", "housework, no pay", "bina
  // tankhwah kaam karwaya") is forced labour: PPC s. 374 "compels any person to labour against the will of that person",
  // and the compelled labour of PTPA s. 3. Not in a bonded-labour story, whose debt makes it the Bonded Labour Act's.
  const compelled = WORK_COMPELLED.test(q) || (WORK_UNPAID.test(q) && /\b(?:taken|sent|agents?|trafficked|abroad|locked|confined|kept)\b/i.test(q));
  if (!debtTold && WORK_TOLD.test(q) && compelled && !sexualPurposeIn(words, q)) tellTerm('forced-labour', (w) => /^(?:work\w*|labou?r\w*|plough\w*|plow\w*|harvest\w*|housework|chores|kaam|mazdoori|mashaqqat|khidmat|naukri|factory|garment|mill|workshop|maids?|servants?|naukrani|sugarcane|crops?|cut)$/.test(w), 0);
  // Brought or recruited from elsewhere for that work ("11 girls from Jacobabad brought by a thekedar to a garment unit …
  // locked, no pay"): PTPA s. 3 "recruits, harbours, transports … another person … for compelled labour … through the use
  // of force, fraud or coercion". The Code's s. 374 stays beside it.
  if (!debtTold && (terms.some((t) => t.term.id === 'forced-labour') || (WORK_TOLD.test(q) && compelled && !sexualPurposeIn(words, q))) && /\b(?:brought|recruited|transported|trafficked|shifted|ferried|lured|sent|sending)\s+(?:\S+\s+){0,5}?(?:by|from|frm|to)\b(?!\s+(?:the\s+)?(?:police|court|hospital|home|thana|station|magistrate))|\bfrom\s+\p{Lu}\p{L}+\s+(?:\S+\s+){0,2}?(?:brought|taken|sent)\b/u.test(q) && !/\b(?:police\s+station|thana|court|hospital)\b/i.test(q.match(/\b(?:brought|recruited|transported)\b[^.?!]{0,40}/i)?.[0] ?? '')) tellTerm('trafficking-in-persons', (w) => /^(?:brought|recruited|transported|trafficked|shifted|ferried|lured|sent|sending)$/.test(w));
  // A wedding the family went to ("while family was at a shadi") is where they were, not a marriage forced on anyone.
  terms = terms.filter((t) => !(t.term.id === 'forced-marriage' && t.to - t.from === 1 && /^(?:shadi|shaadi|wedding|barat|baraat|walima|mehndi)$/.test(words[t.from]) && /^(?:at|from|attend\w*)$/.test(words[t.from - 1] === 'a' || words[t.from - 1] === 'the' ? words[t.from - 2] ?? '' : words[t.from - 1] ?? '')));
  // An agent is the smuggler only where a border is crossed (PSMA s. 3: "illegal entry … into or out of Pakistan"):
  // "agent took my cousin from Rahim Yar Khan … to a Karachi factory" tells a recruiter, not smuggling.
  // Nor where the agent sends people to be exploited ("girls sent to Muscat for sex work by agent", "kept in a brick
  // factory without pay"): that purpose makes him a trafficker (PTPA s. 3), unless the crossing itself is told as illegal.
  const abroadQ = q.replace(DOMESTIC_BORDER, ' ');
  const crossed = CROSSING.test(abroadQ) || [...lexical, ...everyday].some((m) => m.term.term === ABROAD);
  const exploited = sexualPurposeIn(words, q) || terms.some((t) => EXPLOITATION_TERMS.has(t.term.id));
  // "Sent to Iran illegally", "via Libya": the crossing is told as unlawful, or by the routes migrants are taken on.
  const illegalCrossing = /\b(?:smuggl\w*|illegal(?:ly)?\s+(?:entry|route|crossing|border|migra\w*|to|into|across|abroad|out)|(?:sent|send|went|go|gone|going|taken|took|travel\w*|cross\w*|reach\w*|entered|enter)\s+(?:\S+\s+){0,4}?illegally|unlawful(?:ly)?\s+(?:entry|enter\w*|cross\w*)|dunki|donkey|boat\s+to|by\s+boat|launch|via\s+(?:libya|the\s+desert)|without\s+(?:a\s+|any\s+)?(?:visa|passport|documents?))\b/i.test(abroadQ);
  if (!crossed || (exploited && !illegalCrossing)) terms = terms.filter((t) => !(t.term.id === 'smuggling-of-migrants' && /^(?:(?:travel|recruiting)\s+)?agents?$/.test(t.typed)));
  // The words to search.
  const out: string[] = [];
  const unknown: string[] = [];
  const fixes: [string, string][] = [];
  const alternatives: string[] = [];
  const citedNumbers = new Set((citations ?? []).map((c) => c.section.toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Everyday English carries its statute words on its first word, which may be a grammar word ("at gunpoint").
    if (!citationOnly && !denied.has(i)) for (const e of dayAt.get(i) ?? []) if (inVocab(e) && !out.includes(e)) out.push(e);
    if (actAt.has(i) || ageAt.has(i) || denied.has(i) || (skip(i) && !/^\d/.test(w))) continue;
    if (citationOnly) continue;
    // Stray single letters and figures ("x", "1") narrow nothing.
    if (w.length < 2 && !isUrdu(w)) continue;
    if (/^\d/.test(w)) { if (!citedNumbers.has(w.replace(/-/g, ''))) out.push(w); continue; }
    if (lexAt.has(i)) { for (const e of lexAt.get(i)!) if (inVocab(e) && !out.includes(e)) out.push(e); continue; }
    if (dayAt.has(i) && !inVocab(w)) {
      // The word typed is searched too, as spelt or as its plural's singular; never completed or corrected.
      const form = wordForm(w, vocabulary);
      if (form && (form.rule === 'plural' || form.rule === 'spelling' || form.rule === 'irregular-plural')) out.push(...form.words);
      continue;
    }
    if (isUrdu(w)) { if (!inTerm.has(i)) unknown.push(w); continue; }
    const termKind = terms.find((t) => i >= t.from && i < t.to)?.kind;
    if (termKind === 'roman' && !inVocab(w)) continue;
    // Two words the library writes as one: "non bailable" -> "non-bailable".
    const next = words[i + 1];
    if (next && !skip(i + 1) && !isUrdu(next)) {
      const joined = joinPair(w, next, vocabulary);
      if (joined) { out.push(joined); i++; continue; }
    }
    // An everyday word of the glossary's told facts ("factory") is searched as typed, unless the
    // query is Roman Urdu (its words are read through the glossary, not searched as English).
    if (!roman && !vocabulary.has(w) && vocab.everyday?.has(w)) { out.push(w); continue; }
    const form = wordForm(w, vocabulary);
    if (form) { out.push(...form.words); continue; }
    if (termKind && termKind !== 'english') continue;
    // Roman Urdu words outside the glossary are not English misspellings.
    if (roman) { unknown.push(w); continue; }
    // A slip of a spelling the statutes spell otherwise ("laber" ~ "labor" -> "labour").
    const viaSpelling = (): ReturnType<typeof suggest> => {
      const t = suggest(w, Object.keys(SPELLINGS).map((k): [string, number] => [k, 1]));
      return t && { word: SPELLINGS[t.word], alternatives: [] };
    };
    // A real English word the statutes do not use ("night", "factory") is not a slip of one they
    // do ("right", "factors"): it is named as unused, never searched as another word.
    if (vocab.notSlips?.has(w)) { unknown.push(w); continue; }
    const s = suggest(w, vocabulary) ?? viaSpelling();
    // A capitalised word is a person's or a place's name ("took Rs 500000 from Imran", "his son Irfan"): never corrected
    // into a library word ("Imran" is not "Iran", which would then read as abroad). At the head of the query only when
    // the correction changes how the word begins ("Imran was beaten" but "Traffiking of children" is corrected).
    if (s && /^\p{Lu}\p{Ll}+$/u.test(typed[i] ?? '') && (i > 0 ? words.length > 2 : s.word.slice(0, 2) !== w.slice(0, 2))) { unknown.push(w); continue; }
    if (s) { out.push(s.word); fixes.push([w, s.word]); alternatives.push(...s.alternatives); continue; }
    unknown.push(w);
  }
  // Urdu and Roman Urdu terms are searched by the English of the term.
  for (const t of terms) {
    if (t.kind === 'english') continue;
    for (const w of tokens(t.term.term.replace(/\([^)]*\)/g, ' '))) if (!STOP_WORDS.has(w) && !out.includes(w) && inVocab(w)) out.push(w);
  }
  // The glossary reads the corrected words too ("compensaton" -> "compensation" -> Compensation to victims).
  if (fixes.length) {
    const fixed = words.map((w) => fixes.find(([from]) => from === w)?.[1] ?? w);
    // What the query denies stays denied once its spelling is mended ("no ransom call recieved").
    for (const m of matchGlossary(fixed, glossary, skip)) if (!terms.some((t) => t.term === m.term) && !span(m).some((i) => denied.has(i) || nameAt.has(i))) terms.push(m);
  }
  for (const b of bounds) { const w = ageWord(b.under); if (w && inVocab(w) && !out.includes(w)) out.push(w); }
  const searchWords = [...new Set(out)];

  let corrected: string | undefined;
  if (fixes.length) {
    corrected = q;
    for (const [from, to] of fixes) corrected = corrected.replace(new RegExp(`(^|[^\\p{L}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'), `$1${to}`);
    notes.push(`Showing results for “${corrected}”.`);
  }
  for (const t of terms) if (t.kind !== 'english') notes.push(`“${t.typed}”: ${t.term.term}.`);
  const translated = [...lexical, ...everyday].filter((m) => m.term.term).sort((a, b) => a.from - b.from);
  if (translated.length) notes.push(searchedAs(translated.map((m) => ({ typed: m.typed, english: m.term.term }))));

  const content = words.filter((w, i) => !skip(i) && !actAt.has(i));
  // A question: opens with a question word, or a clause does (", does he get it back"; "; can its
  // directors be charged"), or ends with "?".
  // "Which offence" / "kaunsi dafa" asks for the offence, though a court or the police are among the facts.
  // "Which section deals with bail" still asks about procedure: a section asked for beside a procedure word is not an offence asked for.
  const offenceAsked = OFFENCE_QUESTION.test(q) && !(/\b(?:section|sections|dafa)\b/i.test(q.match(OFFENCE_QUESTION)?.[0] ?? '') && terms.some((t) => PROCEDURE_TERMS.has(t.term.id)));
  // So does "up to what age …", and "punishment for …" / "sentence when …" (what the law does to an offender).
  // Which agency, and whose liability, the question asks (questions.ts): read once, used by the intent and the pointing.
  const agency = agencyAsked(q);
  const court = courtAsked(q);
  const liability = liabilityAskedOf(q);
  const question = /^\s*(can|could|does|do|is|are|was|were|will|would|should|who|whom|which|what|when|where|how|whether|kya|kaun|kon|kis)\b|[,;:—–]\s*(can|does|do|is|are|will|should|who|which|what|how)\b|\?\s*$/i.test(q)
    || AGE_QUESTION.test(q) || /^\s*(?:punishment|penalty|sentence|saza)\s+(?:for|when|if|where)\b/i.test(q) || offenceAsked
    // "… case is for local police or FIA to investigate": which agency, asked after the facts.
    || agency || court;
  // A statement of facts mentions the police and the FIR as it tells what happened ("As per FIR
  // accused …", "hidden from police"): those words ask about procedure only in a question or a
  // short query. Bail, compounding and the court ask about it anywhere.
  // An age told is a fact of the story, though its words are not searched: it counts as one word.
  const facts = content.length + ages.length;
  const told = !question && facts >= 5;
  if (told) terms = terms.filter((t) => !narrated(t.typed));
  // A question of the punishment is about the offence, whoever did it ("punishment if an FIA
  // official helps an agent"): there the police and the FIA are actors, not the question.
  const punishment = terms.some((t) => t.term.id === 'punishment');
  const acting = told || punishment;
  // "his compound", "a walled compound" is a place, not compounding an offence.
  const placeAt = new Set(words.flatMap((w, i) => (w === 'compound' && /^(?:his|her|their|its|a|the|walled|same|own)$/.test(words[i - 1] ?? '') ? [i] : [])));
  terms = terms.filter((t) => !(t.term.id === 'compoundable' && t.to - t.from === 1 && placeAt.has(t.from)));
  // "will she still be considered a victim", "kya wo victim mani jayegi", "can it still come under bonded labour":
  // whether a word the definitions define covers the person or the facts.
  const coverageAsked = (/\b(?:mana|mani|mane|maana|maani|maane)\s+(?:jaye|jayega|jayegi|jaega|jaegi|jayenge|jaenge|ja\s+sakta|ja\s+sakti)\b/i.test(q)
    || new RegExp(String.raw`\b(?:(?:considered|counted|regarded|deemed|classed|treated)\s+(?:as\s+)?|(?:come|comes|fall|falls)\s+(?:with)?in\s+(?:the\s+meaning\s+of\s+)?|(?:come|comes|fall|falls)\s+under\s+|counts?\s+as\s+|(?:is|are)\s+(?:she|he|they|it|this)\s+(?:still\s+)?|(?:is|are)\s+\S+\s+(?:legally\s+|really\s+|still\s+|actually\s+)?(?=an?\s)|(?:is|are)\s+(?:\S+\s+){1,4}?covered\s+(?:by|under)\s+(?:the\s+)?(?:\S+\s+){0,2}?)(?:a|an|the)?\s*${DEFINED_WORDS}\b(?=\s*(?:$|[?.,;:!)]|(?:under|in|within|of|as|or|ya|at\s+all|any\s+more|anymore|legally|according|hai|he|mana|mani|qanoon\w*|if|even|though|although|when|jab|agar|act|law)\b))`, 'i').test(q))
    // Not of the accused ("accused is 17, is he a minor, can he get bail"): the definitions are of the victim.
    && !/\bguardian|\b(?:accused|mulzim|mulzam|bail|zamanat)\b/i.test(q);
  const procedure = !offenceAsked && (agency || court || liability === 'victim' || (TRYING.test(q) && !told) || words.some((w, i) => PROCEDURE_CUES.test(w) && !placeAt.has(i) && !(acting && NARRATED_CUES.test(w)) && !(/^courts?$/.test(w) && COURT_PUNISHES.test(q))) || terms.some((t) => PROCEDURE_TERMS.has(t.term.id) && !(acting && narrated(t.typed))));
  // A question of what a word means ("peshgi kisay kehte hain", "meaning of child") asks for the definition.
  // "means" and "defined" are words of stories and of the statutes ("by means of fraud"): not cues;
  // a cue word in a statement of facts asks nothing.
  // So does one of an age limit ("up to what age is a victim a child"): the definitions set the ages.
  const meaning = (!told && words.some((w) => MEANING_CUES.test(w))) || /\b(?:kise|kisay|kisey|kis ko|kisko)\s+(?:kehte|kahte|kehtay|kahtay)\b|کسے کہتے|کس کو کہتے/i.test(q)
    // "will she still be considered a victim", "kya wo victim mani jayegi": whether the law's word covers the person.
    || coverageAsked
    || AGE_QUESTION.test(q);
  // Whether the law's word covers the person or the facts is asked of the definitions, though the facts tell of an
  // arrest or a court ("agent never arrested, is she still counted as a victim": PTPA s. 2(g) "regardless of whether
  // the perpetrator is identified, apprehended, prosecuted or convicted").
  let intent: Intent = procedure && !(coverageAsked && !agency && !court && liability !== 'victim') ? 'procedure' : meaning ? 'meaning' : question ? 'question' : facts >= 5 ? 'story' : 'lookup';

  // A place named in a query about bonded labour names the law of its province ("Sindh mein bhatta
  // mazdooron ka qanoon", "kiln in Faisalabad": the Punjab text), as content/jurisdictions.yaml
  // gives each province's places and the texts the library offers there.
  // About bonded labour: a term that leads, or whose common names lead, only to the Bonded Labour Act ("peshgi", "bhatta
  // mazdoor"), not one that
  // leads there among others ("which court" leads to every Act's trial section).
  const blsa = (refs: string[]) => refs.length > 0 && refs.every((r) => r.startsWith('blsa-1992/'));
  // Not where the facts deny a debt ("no karza nothing", "no loan was ever given"): no bonded labour, whatever the work.
  const debtDenied = words.some((w, i) => denied.has(i) && /^(?:loans?|debts?|advance|peshgi|qarz\w*|karz\w*|udhaa?r|قرض\S*|پیشگی)$/.test(w));
  const bonded = (terms.some((t) => blsa(t.term.provisions) || blsa(t.term.names)) || words.includes('bonded')) && !debtDenied;
  const placeActs: string[] = [];
  const places: { name: string; acts: string[] }[] = [];
  const found: { name: string; there: string[]; origin: boolean; province: boolean }[] = [];
  if (bonded && vocab.places) {
    for (let i = 0; i < words.length; i++) {
      if (actAt.has(i)) continue;
      for (let n = 4; n >= 1; n--) {
        const name = words.slice(i, i + n).join(' ');
        const there = vocab.places.get(name);
        if (!there) continue;
        // A place name that is also a Roman Urdu or English word ("kasur" fault, "dadu" grandfather, "swat") counts
        // after "in", "from", "mein"…, or typed with its capital ("Kasur brick kiln").
        // Not a capital before a word that makes it a person ("Dadu ne peshgi li": the grandfather took it).
        const asPlace = /^(?:in|from|at|near|to|district|mein|main|se|ke|ka|ki|zila|ضلع)$/.test(words[i - 1] ?? '')
          || /^(?:mein|main|district|zila|city|shehar|میں|ضلع|شہر)$/.test(words[i + 1] ?? '')
          || (/^\p{Lu}/u.test(typed[i] ?? '') && !/^(?:ne|ko|ka|ki|ke|ji|sahib|sahab|jaan|aur|is|was|has|had|said|says|told)$/.test(words[i + 1] ?? ''))
          // Or in an English sentence: before an English verb done or a word of a kiln or a case ("bhatta owner kasur filed
          // civil case"), not after a word that makes it a fault ("be kasur", "mera kasur", "kya kasur").
          || (/^(?:[a-z]+ed|brick|kiln|kilns|bhatta|police|court|factory|village|town|tehsil)$/.test(words[i + 1] ?? '') && !/^(?:be|bey|mera|meri|mere|uska|uski|unka|tumhara|hamara|apna|kya|koi|bilkul|bina)$/.test(words[i - 1] ?? ''));
        if (n === 1 && AMBIGUOUS_PLACES.has(name) && !asPlace) continue;
        // The province's own name names its Act, as a title does ("Sindh bonded labour act"); a district or town orders the texts.
        // Where people came from ("60 labourers from Tharparkar" kept in Islamabad) is not where the facts happened.
        const origin = (words[i - 1] === 'from' && !words.slice(Math.max(0, i - 6), i - 1).some((w) => /^(?:freed|recovered|rescued|released|raided|liberated)$/.test(w))) || (/^(?:se|say|سے)$/.test(words[i + n] ?? '') && !/^(?:mein|main|میں)$/.test(words[i + n - 1] ?? ''));
        found.push({ name, there, origin, province: /^(?:punjab|sindh|sind)$/.test(name) });
        i += n - 1;
        break;
      }
    }
  }
  // A place of origin counts only where no other place is told.
  const where = found.some((f) => !f.origin) ? found.filter((f) => !f.origin) : found;
  for (const f of where) {
    const into = f.province ? acts : placeActs;
    for (const id of f.there) if (catalogue.some((a) => a.act === id) && !into.includes(id)) into.push(id);
    places.push({ name: f.name, acts: f.there.filter((id) => catalogue.some((a) => a.act === id)) });
  }

  // "Bonded Labour Act" is the title the Punjab text shares with the federal one: a place in a province that has
  // its own text says which is meant, unless the federal Act is named as such. Where the province's text is held
  // only in part (Sindh), the federal text stays named beside it (content/jurisdictions.yaml).
  const provincial = [...acts, ...placeActs].filter((id) => /blsa/.test(id) && id !== 'blsa-1992');
  // The Punjab amendments run from 2012: facts told in an earlier year keep the federal text named beside it.
  if (acts.includes('blsa-1992') && provincial.length && !/\bfederal\b/i.test(q)) {
    const own = provincial.filter((id) => id.startsWith('blsa-1992'));
    const earlier = words.some((w) => /^(?:19\d\d|200\d|201[01])$/.test(w));
    if (own.length && own.length === provincial.length && !placeActs.includes('blsa-1992') && !earlier) acts.splice(acts.indexOf('blsa-1992'), 1);
    for (const id of provincial) if (!acts.includes(id)) acts.push(id);
  }

  // A place read for the Bonded Labour Act offered there is used, not a word no provision holds: the status line says how.
  const placeWords = new Set(places.flatMap((p) => p.name.split(' ')));
  const placesRead = places.map((p) => ({
    name: p.name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()),
    texts: p.acts.map((id) => catalogue.find((a) => a.act === id)?.abbreviation ?? id),
    // The text offered there is held only in part (the Sindh Act): its offences are not in the library.
    partial: p.acts.length > 0 && p.acts.every((id) => !!catalogue.find((a) => a.act === id)?.partial),
  }));
  for (const p of placesRead) notes.push(placeSentence(p));
  const unused = unknown.filter((w) => !placeWords.has(w));
  if (unused.length) notes.push(`No provision or glossary term uses ${unused.map((w) => `“${w}”`).join(' or ')}.`);

  const has = (ref: string) => !!urlOf(catalogue, ref);
  // What a story can turn on: an offence, a section defining one, or how the victim is treated; not an officer's duty.
  // A procedure section that decides liability or proof (PTPA s. 7 a child's consent, BLSA s. 18 companies) tells
  // too; one that says how a case is run (bail, the court, who investigates) does not.
  const running = new Set(glossary.terms.filter((t) => PROCEDURE_TERMS.has(t.id)).flatMap((t) => t.names));
  const telling = (ref: string) => {
    const kind = provisionOf(catalogue, ref)?.kind ?? '';
    return /^(?:offence|protection|definition)$/.test(kind) || (kind === 'procedure' && !running.has(ref));
  };
  // A term whose words the query holds apart points half as hard as one it names ("bachi … utha kar le
  // gaya": child kidnapping, PPC s. 364A; "naika ne larki khareedi": buying for prostitution).
  // Each phrase is tried against every word: past sixty words (no story a reader types) it is skipped.
  let apart: GlossaryMatch[] = [];
  if (!citationOnly && words.length <= 60) {
    // A term named for two things ("Buying or selling a person") says neither: its name's words
    // do not make "selling … girl".
    const either = new Set(terms.filter((t) => / or /i.test(t.term.term)).flatMap((t) => tokens(t.term.term)));
    const typedWords = words.filter((w, i) => !actAt.has(i) && !ageAt.has(i) && !denied.has(i));
    // A short English lookup says what it means in order ("kidnappers of children"): held apart
    // only in a story or a question; Urdu and Roman phrases take other words between in any query.
    // "Pakistan" is no grammar word in a phrase held apart: "girl brought to Pakistan" is not "girl … brought".
    // An age under eighteen told is a child, a minor, in a phrase held apart too ("prove … deception … thirteen year old").
    const youngWords = ages.some((a) => a.age < 18) ? ['child', 'minor'] : [];
    apart = termsApart(typedWords, [...searchWords.filter((w) => !either.has(w) || typedWords.includes(w)), ...youngWords], glossary, terms, (w) => (STOP_WORDS.has(w) && w !== 'pakistan') || ROMAN_FUNCTION_WORDS.has(w) || URDU_FUNCTION_WORDS.has(w))
      .filter((m) => m.kind !== 'english' || intent !== 'lookup');
  }
  // Each set of terms is weighed knowing the other: a term held apart may be the narrower one
  // ("abducted … to sodomise" is PPC s. 367A, before s. 377 that "sodomise" names).
  // A shelter or safe house given by anyone ("landlord gives shelter to Afghan families", "traffickers kept the girls in a
  // safe house") is no protection of a victim or witness unless one is told.
  if (!/\b(?:victims?|witness\w*|gawah\w*|rescued|complainant|dar\s*ul\s*aman)\b/i.test(q)) terms = terms.filter((t) => !(t.term.id === 'witness-protection' && /^(?:shelter|safe\s+house)$/i.test(t.typed)));
  // S. 369 is of "any child under the age of ten years": no child told, no such term ("zevar bech ke paise diye").
  if (!ages.some((a) => a.age < 10) && !words.some((w) => CHILD_WORDS.test(w))) terms = terms.filter((t) => t.term.id !== 'stealing-from-a-child');
  // S. 377A is of one "less than eighteen years": an adult's age told leaves its term ("tried to molest her, she is 28").
  if (ages.length && ages.every((a) => a.age >= 18)) terms = terms.filter((t) => t.term.id !== 'child-sexual-abuse');
  const priors: Record<string, number> = {};
  const factual = intent === 'story' || intent === 'question';
  for (const [set, others, weight] of [[terms, apart, 1], [apart, terms, TERMS_APART]] as const) {
    for (const [ref, w] of provisionPriors([...set], has, factual, telling, others.map((m) => m.term))) {
      const url = urlOf(catalogue, ref);
      if (url) priors[url] = (priors[url] ?? 0) + weight * w;
    }
  }

  // Consent asked of a rape ("is lack of physical resistance treated as consent", "she agreed, does it help him"): s. 375
  // ("against her will", "without her consent", and its proviso: one who "does not physically resist … shall not by the
  // reason only of that fact, be regarded as consenting"), though the trial is told.
  if (terms.some((t) => t.term.id === 'rape') && /\b(?:consent\w*|resist\w*|marzi|raza\s*mandi)\b/i.test(q) && /\?|\b(?:is|does|do|can|will|kya)\b/i.test(q) && !citations && !ages.some((a) => a.age < 16)) {
    liftAbove(priors, [urlOf(catalogue, 'ppc/375')], 1.2, 1);
    if (intent === 'procedure' && !agency && !court && liability !== 'victim' && !terms.some((t) => CLASSIFICATION_TERMS.has(t.term.id))) intent = 'question';
  }

  // A Pakistani who smuggles migrants from abroad, asked whether he can be tried here ("runs the dunki network from Athens
  // … none of his acts took place inside Pakistan. Can he still be booked"): PSMA s. 1(4)(c) "the offence is committed
  // outside the territory of Pakistan by a citizen of Pakistan".
  // The accused acting from abroad, not the migrants' fate there ("detained in Libya", "drowned in Greece").
  const abroadPlace = String.raw`(?:athens|greece|libya|tripoli|turkey|istanbul|iran|dubai|italy|spain|europe|abroad|london|uk)`;
  const outsideActs = new RegExp(String.raw`\b(?:none\s+of\s+(?:his|her|their)\s+acts?|no\s+act\s+of\s+(?:his|hers|theirs))\s+(?:\S+\s+){0,3}?(?:in|inside|within)\s+pakistan\b|\b(?:he|she|they)\s+(?:\S+\s+){0,3}?(?:outside|beyond)\s+(?:the\s+territory\s+of\s+)?pakistan\b|\b(?:living|based|sitting|settled|operating|residing)\s+in\s+${abroadPlace}\b|\b(?:runs?|running|operates?|operating|manag\w*|controls?)\s+(?:\S+\s+){0,4}?from\s+${abroadPlace}\b`, 'i').test(q);
  const triedHere = /\b(?:can|could|will|would|is|are)\s+(?:\S+\s+){0,4}?(?:booked|tried|triable|prosecuted|charged|punished)\b|\btriable\b|\bour\s+courts?\b|\bin\s+pakistan\s*\?/i.test(q);
  if (outsideActs && triedHere && !citations && liability !== 'victim' && terms.some((t) => t.term.names.some((r) => r.startsWith('psma-2018/')) && !PROCEDURE_TERMS.has(t.term.id))) liftAbove(priors, [urlOf(catalogue, 'psma-2018/1')], 1.2, 1);

  // The safety of a witness or victim asked ("witness threatened by a trafficking gang, can govt shift her and hide her
  // address"): PTPA s. 11 (protection of victims and witnesses), above the offence the facts tell.
  // Not a question of bail or compromise ("the accused threatens the witness, can his bail be cancelled").
  // Only a threat or a protection told ("witness threatened", "hide her address"), not a shelter or a safe house (the
  // traffickers' or a landlord's), nor a bare "gawah"; only of a trafficking case (s. 11: "an offence under this Act");
  // a screen or a video link is the trial's (s. 12).
  const protectionTold = terms.some((t) => t.term.id === 'witness-protection' && (/threat|protect|relocat|shift|hide|address|secret/i.test(t.typed) || /\b(?:shift|relocat\w*|hide|secret|protect\w*)\b/i.test(q)));
  const traffickingCase = /\btraffick\w*|\bptpa\b|\bbard[ae]h?\s*farosh\w*/i.test(q) || terms.some((t) => !PROCEDURE_TERMS.has(t.term.id) && t.term.id !== 'witness-protection' && t.term.names.some((r) => r.startsWith('ptpa-2018/')));
  if (protectionTold && traffickingCase && !/\b(?:screen|video\s*link|in\s+camera|pseudonym)\b/i.test(q) && !terms.some((t) => CLASSIFICATION_TERMS.has(t.term.id)) && /\b(?:can|could|will|should|kya)\b|\?/i.test(q) && !citations) liftAbove(priors, [urlOf(catalogue, 'ptpa-2018/11')], 1.1, 1);

  // Compensation sought after a conviction under the PTPA: s. 13 "the Court may direct payment of compensation to the victim".
  // Only of a trafficking conviction, no other law's offence told ("convicted of rape", "under PPC", a bonded labourer),
  // and of money to the victim, not back from the victim's side.
  const ptpaConviction = (namedTraffickingCase || (/\btraffick\w*|\bptpa\b|\bbard[ae]h?\s*farosh\w*|بردہ\s*فروش/i.test(q)
    && !/\b(?:ppc|penal\s+code|psma|smuggl\w*|rap(?:e|ed|ist)|zina|kidnap\w*|agwa|aghwa|bonded|chains?|haa?ri|kiln|bhatta|peshgi)\b/i.test(q)))
    && !/\bmoney\s+back\b|\b(?:trafficker|accused|convict)'?s\s+family\b/i.test(q);
  if (compensationAfterConviction && ptpaConviction && !citations) liftAbove(priors, [urlOf(catalogue, 'ptpa-2018/13')], 1.1, 1);

  // A child under fourteen kidnapped or abducted to be murdered, hurt, enslaved or subjected to lust is PPC s. 364A
  // ("any person under the age of fourteen in order that such person may be murdered or subjected to grievous hurt,
  // or slavery, or to the lust of any person"): it takes the pointing of ss. 364, 367 and 367A, and a little more.
  // The intention told just before the act ("with intention of committing badfaili"), and no deed said done before it.
  const intendedBefore = (from: number) => {
    const before = words.slice(Math.max(0, from - 7), from).join(' ');
    // Urdu puts the intention after the act's word: "bad-fayli ki niyat se", "زیادتی کی نیت سے", "qatl ke liye".
    const after = words.slice(from + 1, from + 5).join(' ');
    if (/^(?:\S+\s+)?(?:ki|ke|kay)\s+(?:niyat|niyyat|neeyat|iraade|irade|garz|gharz|khatir)\s+se\b|^(?:\S+\s+)?(?:ke|kay)\s+(?:liye|liay|lie)\b|^(?:\S+\s+)?(?:کی\s+نیت\s+سے|کے\s+ارادے\s+سے|کے\s+لیے|کے\s+لئے)/.test(after)) return true;
    // "drove him to a room to sodomise him", "to commit sodomy": the act as the taking's end.
    // Not a deed told done: "subjected to sodomy", "confessed to", "used to abuse him".
    if (/\bto(?:\s+(?:commit|do|have))?$/.test(before) && !/\b(?:subjected|confessed|admitted|used|amounting|amounted|exposed|due|prior|according|led)\s+to(?:\s+\S+)?$/.test(before)) return true;
    // The act told done right after ("phir zyadti ki", "زیادتی کی"), not as an intention ("ki niyat se").
    if (/^(?:ki|kiya|kia|kar\s+di|kar\s+diya|کی|کیا)(?!\s+(?:niyat|niyyat|iraade|irade|garz|gharz|نیت|ارادے))/.test(after)) return false;
    return INTENDED.test(before) && !/\b(?:committed|did|done|kiya|ki|performed)\b/.test(before.split(INTENDED).pop() ?? '');
  };
  const general: string[] = [];
  let childTakenAsSlave: string | undefined;
  if (ages.some((a) => a.age < 14)) {
    // Only a purpose the query names (a term that names s. 364, 367 or 367A), not one an abduction merely leads to;
    // the lust of rape or sexual abuse (ss. 375–377A) where the child was also taken or lured away.
    // Luring counts as taking only with a removal told ("lured … away", "lured … from the park"): s. 377A's "entices" needs none.
    const taken = takenTold || terms.some((t) => t.term.names.some((r) => KIDNAPPING_REFS.has(r) || r === 'ppc/364' || r === 'ppc/367' || r === 'ppc/367A'))
      || (words.some((w) => LURING.test(w)) && words.some((w) => w === 'away' || w === 'from' || w === 'into'));
    const lust = taken ? ['ppc/375', 'ppc/376', 'ppc/377', 'ppc/377A'] : [];
    const purposeRefs = ['ppc/364', 'ppc/367', 'ppc/367A', ...lust].filter((r) => [...terms, ...apart].some((t) => t.term.names.includes(r)));
    const purposes: string[] = purposeRefs.map((r) => urlOf(catalogue, r)).filter((x): x is string => !!x && !!priors[x]);
    const child = urlOf(catalogue, 'ppc/364A');
    // A child taken to be abused, told as an intention in plain words ("he admitted he wanted to abuse her"): s. 364A's lust.
    if (child && taken && !purposes.length && /\b(?:wanted|intended|meant|tried|planned|trying|wanting)\s+to\s+(?:sexually\s+)?(?:abuse|molest|rape|assault)\b|(?<!\bused\s)\bto\s+(?:sexually\s+)?(?:abuse|molest|rape)\s+(?:her|him)\b/i.test(q)) liftAbove(priors, [child], 1.1, 1);
    // A child taken ("taken from the street") to be killed, told in plain words no term holds, is the same case.
    if (child && !purposes.length && words.some((w) => TAKING.test(w) || LURING.test(w)) && /\bto (?:kill|murder)\b/i.test(q)) {
      const murder = urlOf(catalogue, 'ppc/364');
      if (murder) { priors[murder] = priors[murder] ?? 0; purposes.push(murder); priors[child] = Math.max(priors[child] ?? 0, 0.5); }
    }
    if (child && purposes.length) {
      // A child taken to be made a slave or sold as one ("bech kar ghulam banayenge"): s. 364A's "slavery" is the
      // taking's purpose, and comes before the slave-dealing sections (ss. 370, 371) the same words point to.
      // Only a purpose ("bech kar ghulam banayenge", "to sell him"), not a sale told as done: the buyer's is s. 370.
      const soldAlready = /\b(?:sold|bought|purchased|becha|bechi|bech\s+(?:diya|di|dia)|farokht\s+kar\s+(?:diya|di)|khareed\s+(?:liya|li)|kharid\s+(?:liya|li))\b/i.test(q);
      const slaving = taken && !soldAlready ? ['ppc/370', 'ppc/371'].map((r) => urlOf(catalogue, r)).filter((x): x is string => !!x && !!priors[x] && terms.some((t) => t.term.id === 'slavery')) : [];
      priors[child] = Math.max(priors[child] ?? 0, ...purposes.map((x) => priors[x]), ...slaving.map((x) => priors[x])) * 1.1;
      if (slaving.length) childTakenAsSlave = child;
      // The general sections are then context, though their headings hold the story's words ("abducting in order to murder");
      // rape and sexual abuse (ss. 375–377A) are offences charged beside it, never general ones.
      const broader = ['ppc/364', 'ppc/367', 'ppc/367A'].map((r) => urlOf(catalogue, r));
      general.push(...purposes.filter((x) => broader.includes(x)));
      // Unless the lust is only the taking's purpose ("taake us ke saath ziyadti karein"): no rape is told done.
      const intendedLust = [...terms, ...apart].filter((t) => lust.some((r) => t.term.names.includes(r)) && intendedBefore(t.from));
      // The lust only intended ("lured an 8yr girl … to molest her") is the taking's purpose: ss. 375–377A are then context.
      if (intendedLust.length) general.push(...lust.map((r) => urlOf(catalogue, r)).filter((x): x is string => !!x && (purposes.includes(x) || !!priors[x])));
    }
  }

  // Trafficking or smuggling told with a death or serious injury is the aggravated offence: PTPA s. 4(a) ("serious
  // injury, life-threatening illness or death of the victim or another person"), PSMA s. 6(a), (b) (also "cruel,
  // inhuman or degrading treatment"). The basic offence is then the general provision.
  for (const [basic, aggravated, harm, told] of AGGRAVATIONS) {
    const b = urlOf(catalogue, basic), a = urlOf(catalogue, aggravated);
    if (!b || !a || !terms.some((t) => t.term.names.includes(basic))) continue;
    if (!searchWords.some((w) => harm.test(w)) && !terms.some((t) => told.includes(t.term.id))) continue;
    priors[a] = Math.max(priors[a] ?? 0, priors[b] ?? 0) * 1.1;
    general.push(b);
  }

  // A person taken to another country, and nothing more told, is kidnapped from Pakistan: PPC s. 360 ("conveys any
  // person beyond the limits of Pakistan without the consent of that person, or of some person legally authorised to
  // consent"). Not where a purpose is told (trafficking, smuggling, sale, lust).
  // "Across the (Chaman) border" takes the person beyond Pakistan as "abroad" does.
  const abroad = everyday.some((m) => m.term.term === ABROAD) || /\bacross\s+(?:the\s+)?(?:[a-z]+\s+)?border\b/i.test(abroadQ);
  const kidnapOnly = terms.every((t) => t.term.names.every((r) => KIDNAPPING_REFS.has(r)));
  // Only where the taking is told as against the person's will: a kidnapping term ("kidnapped", "aghwa", "picked up"),
  // or a word of taking with a child or woman and "without" their or their guardian's consent or knowledge. Never
  // migrants, never one who went willingly. Ss. 359 and 361 are the other kind of kidnapping, not general ones: they stay.
  const againstWill = /\bwithout (?:(?:his|her|their|the) )?(?:(?:parents'?|mother'?s?|father'?s?|guardian'?s?|family'?s?|husband'?s?) )?(?:consent|permission|knowledge|knowing|agreeing|telling|asking)\b/i.test(q)
    || /\b(?:by force|forcibly|secretly)\b/i.test(q);
  // Not where a parent or husband is the one who took or sent ("parents sent the girl abroad").
  const byFamily = words.some((w, i) => TAKING.test(w) && /^(?:parents?|father|mother|husband)$/.test(words[i - 1] ?? ''));
  const taking = terms.some((t) => t.term.names.some((r) => KIDNAPPING_REFS.has(r)))
    || (againstWill && !byFamily && words.some((w) => TAKING.test(w)) && terms.some((t) => t.term.facet === true && /^(?:child|woman)$/.test(t.term.id)));
  const fromPakistan = urlOf(catalogue, 'ppc/360');
  if (abroad && kidnapOnly && taking && fromPakistan && !general.length && !/\b(?:willingly|migrants?)\b/i.test(q)) {
    const others = ['ppc/359', 'ppc/361', 'ppc/362', 'ppc/363'].map((r) => urlOf(catalogue, r)).filter((x): x is string => !!x);
    priors[fromPakistan] = Math.max(1, priors[fromPakistan] ?? 0, ...others.map((x) => priors[x] ?? 0)) * 1.1;
  }

  // Compelled labour of people first recruited or moved by a false promise ("recruited … for hotel jobs on a promise
  // of 40 thousand, took them to fishing boats … paid no wages") is trafficking in persons: PTPA s. 3(1) "recruits,
  // harbours, transports, provides or obtains another person … for compelled labour … through the use of force, fraud
  // or coercion". PPC s. 374 (labour "against the will of that person") stays beside it.
  const [trafficking, compulsory] = ['ptpa-2018/3', 'ppc/374'].map((r) => urlOf(catalogue, r));
  if (trafficking && compulsory && (priors[compulsory] ?? 0) > (priors[trafficking] ?? 0) && RECRUITED.test(q) && DECEIVED.test(q)) {
    priors[trafficking] = priors[compulsory] * 1.1;
  }

  // PTPA s. 7 presumes only for "a child victim of trafficking": a minor's consent pleaded where nothing of
  // trafficking is told (no exploitation, no trafficking term) and a minor was taken or enticed is the kidnapping from
  // lawful guardianship the minor's consent does not excuse (PPC s. 361 "without the consent of such guardian").
  const presumption = urlOf(catalogue, 'ptpa-2018/7');
  // A term of procedure (bail, cognizance, the court) names each law's procedure section: it tells no trafficking.
  const traffickingTold = terms.some((t) => t.term.id !== 'child-victim-presumption' && !PROCEDURE_TERMS.has(t.term.id) && t.term.names.some((r) => r.startsWith('ptpa-2018/') || r.startsWith('psma-2018/') || r.startsWith('blsa-1992')))
    || sexualPurposeIn(words, q) || terms.some((t) => EXPLOITATION_TERMS.has(t.term.id));
  const guardianship = urlOf(catalogue, 'ppc/361');
  // S. 361's minor: "under fourteen years of age if a male, or under sixteen years of age if a female".
  // The sex of the one whose age is told ("son aged 15 eloped with a girl": a male).
  const minorOf361 = (a: { from: number; to: number }) => (sexNear(words, a.from, a.to) ?? sexTaken(words)) === 'male' ? 14 : 16;
  if (presumption && guardianship && priors[presumption] && !traffickingTold && !abroad && ages.some((a) => a.age < minorOf361(a)) && words.some((w) => LURING.test(w) || TAKING.test(w) || /^(?:went|ran|eloped|left)$/.test(w))) {
    priors[guardianship] = Math.max(priors[guardianship] ?? 0, priors[presumption] * 1.1);
  }

  // A child taken without the guardian's knowing or leave, and no purpose told (no lust, ransom, killing, sale, trafficking):
  // the kidnapping from lawful guardianship itself, PPC s. 361 (s. 363 punishes it), above the sections whose purpose or
  // age limit the story merely meets (s. 364A "under the age of fourteen in order that …").
  // Work is a purpose too ("bhatte par kaam pe le gaye": compelled labour of a child, PTPA s. 3).
  const purposeTold = traffickingTold || general.length > 0 || /\b(?:kaam|work\w*|labou?r\w*|mazdoori|bhatt\w*|kiln|naukri|beg\w*|bheek)\b|کام|مزدوری/i.test(q) || terms.some((t) => t.term.names.some((r) => /^ppc\/(?:364|364A|365|365A|365B|366A|366B|367|367A|369|370|371A|371B|375|376|377|377A)$/.test(r)));
  if (guardianship && takenFromGuardian && !purposeTold && !abroad && ages.every((a) => a.age < minorOf361(a))) liftAbove(priors, [guardianship], 1.1, 1);

  // One who takes a person and keeps them confined is the kidnapper of PPC s. 365 ("kidnaps or abducts any person with
  // intent to cause that person to be secretly and wrongfully confined"); s. 368 punishes another who, "knowing that any
  // person has been kidnapped or abducted, wrongfully conceals or keeps such person in confinement": only where that
  // knowing keeper is told (the concealing term) is s. 368 more than the general context of a taking and a confinement.
  const [confines, conceals] = ['ppc/365', 'ppc/368'].map((r) => urlOf(catalogue, r));
  const takenBy = terms.some((t) => t.term.names.some((r) => KIDNAPPING_REFS.has(r)));
  const keeper = /\b(?:knew|know|knowing|knowingly|aware)\b|\b(?:the|a|an)\s+(?:kidnapped|abducted)\s+(?:girl|boy|woman|child|person|man|victim)\b/i.test(q);
  if (confines && conceals && priors[conceals] && takenBy && !keeper && !terms.some((t) => t.term.names.includes('ppc/368'))) {
    priors[confines] = Math.max(priors[confines] ?? 0, priors[conceals]);
    general.push(conceals);
  }
  // Foreigners harboured for benefit (PSMA s. 5) with no taking told: the Code's concealing and confinement are no answer.
  if (!takenBy && terms.some((t) => t.term.id === 'harbouring-illegal-residents')) for (const url of [confines, conceals]) if (url && priors[url] && !general.includes(url)) general.push(url);
  // One who knew of the taking and kept the person hidden or confined ("Asif's uncle Rafiq, fully aware of this, kept her
  // locked in his dera"): s. 368 "knowing that any person has been kidnapped or has been abducted, wrongfully conceals or
  // keeps such person in confinement"; the confinement of s. 365 is then its context.
  // Knowledge of the taking itself, not of some other fact ("knowing that her husband was abroad").
  const knowingKeeper = /\b(?:fully\s+)?(?:aware|knowing|knew|known)\s+(?:of\s+|about\s+)?(?:this|it|the\s+(?:kidnapping|abduction|taking))\b|\b(?:knowing|knew|aware)\s+that\s+(?:she|he|they|the\s+\w+)\s+(?:had\s+been|has\s+been|was|were)\s+(?:kidnapped|abducted|taken|picked)\b|\bjaante\s+hue\b|\bjaan\s+boojh\s+kar\b|\bpata\s+tha\s+(?:ke|kay|k)\s+(?:\S+\s+){0,2}?(?:uthai|uthaya|uthaa|agwa|aghwa|le\s+ja)\w*/i.test(q);
  if (confines && conceals && priors[conceals] && takenBy && knowingKeeper && /\b(?:kept|keeps|keeping|hid|hidden|hides|concealed|confined|locked)\b|\b(?:band\s+kar\s*(?:ke|kay|k)?|chhupa\w*\s+(?:ke|kar))\s+(?:\S+\s+)?rakh\w*/i.test(q)) {
    priors[conceals] = Math.max(priors[conceals], priors[confines] ?? 0) * 1.1;
    if (!general.includes(confines)) general.push(confines);
  }

  // A person taken, and a killing told as the taking's purpose or threat ("pushed him into a car … they would finish him
  // off", "gari mein daal kar le gaye, jaan se maar denge"): PPC s. 364 "kidnaps or abducts any person in order that such
  // person may be murdered". Not a child under fourteen (s. 364A, above), nor a taking for ransom (s. 365A), whose threat
  // to kill is the ransom's lever.
  const murderTold = searchWords.some((w) => /^(?:murder|murdered|killed|kill)$/.test(w));
  const toMurder = urlOf(catalogue, 'ppc/364');
  // Nor a threat made to silence a victim of rape or of trafficking ("raped her and threatened to kill her if she told").
  const otherPurpose = traffickingTold || terms.some((t) => t.term.id === 'kidnapping-for-ransom' || t.term.names.some((r) => /^ppc\/(?:365A|365B|366A|367A|371A|371B|375|376|377|377A)$/.test(r)));
  // Nor a threat made on a condition or to others ("threatened to kill us if we went to police", "agar police ko bataya
  // to maar denge", "family told not to ask").
  const silencing = /\bif\s+(?:you|we|they|anyone|the\s+family|he|she)\b|\bagar\b|اگر|\bnot\s+to\s+(?:ask|report|tell|go|complain)\b|\b(?:kill|finish|maar|mar)\s+(?:us|you|them|the\s+family|my\s+family|all\s+of\s+us)\b/i.test(q);
  if (toMurder && takenBy && murderTold && !silencing && !ages.some((a) => a.age < 14) && !otherPurpose) liftAbove(priors, [toMurder], 1.1, 1);

  // A person taken to be kept as a slave, or to be hurt grievously ("grabbed at the bus stand and taken to a remote farm to
  // be kept there as a slave", "abducted him saying they would break his legs"): PPC s. 367 "kidnaps or abducts any
  // person in order that such person may be subjected, or may be so disposed of as to be put in danger of being subjected
  // to grievous hurt, or slavery". Not a sale done (s. 370), a child under fourteen (s. 364A), nor a ransom, lust or
  // trafficking purpose.
  const [hurtOrSlavery, slaveSale] = ['ppc/367', 'ppc/370'].map((r) => urlOf(catalogue, r));
  const enslaving = /\b(?:as\s+(?:a\s+|his\s+|their\s+)?slaves?|to\s+(?:be\s+)?(?:kept|made|used|treated)\s+(?:\S+\s+){0,2}?(?:as\s+)?(?:a\s+)?slaves?|ghulam\s+bana\w*)\b|غلام\s+بنا/i.test(q);
  const hurting = searchWords.includes('grievous');
  const sold = /\b(?:sold|bought|purchased|bech\s+(?:diya|di|dia)|khareed\s+(?:liya|li))\b/i.test(q);
  const otherThanSlavery = /\btraffick\w*|\bagents?\b|\brecruit\w*/i.test(q) || terms.some((t) => t.term.id === 'kidnapping-for-ransom' || t.term.names.some((r) => /^ppc\/(?:365A|365B|366A|367A|371A|371B|375|376|377|377A)$/.test(r)));
  // In a bonded-labour story with no kidnapping told, s. 367 is only context ("threatened to break his legs if he left").
  if (hurtOrSlavery && debtTold && priors[hurtOrSlavery] && !takenBy && !general.includes(hurtOrSlavery)) general.push(hurtOrSlavery);
  if (hurtOrSlavery && (takenBy || takenTold) && (enslaving || hurting) && !sold && !otherThanSlavery && !debtTold && !ages.some((a) => a.age < 14)) {
    liftAbove(priors, [hurtOrSlavery], 1.1, 1);
    if (slaveSale && priors[slaveSale] && !general.includes(slaveSale)) general.push(slaveSale);
  }

  // Rape by two or more acting together ("تین لڑکوں نے مل کر … زیادتی کی", "three men raped her", "raped by the accused and
  // his two friends"): PPC s. 375A "Where a person is raped by one or more persons constituting a group or acting in
  // furtherance of a common intention … each of those persons shall be guilty of the offence of gang rape".
  const gangRape = urlOf(catalogue, 'ppc/375A');
  // Ss. 375 and 376 (rape, its punishment) are then its context: s. 375A punishes each of them.
  if (gangRape && terms.some((t) => t.term.id === 'rape') && !terms.some((t) => t.term.id === 'gang-rape') && MANY_OFFENDERS.test(q)) {
    liftAbove(priors, [gangRape], 1.1, 1);
    for (const r of ['ppc/375', 'ppc/376']) { const url = urlOf(catalogue, r); if (url && !general.includes(url)) general.push(url); }
  }
  // A threat to kill made for a ransom ("30 lakh do warna maar denge") is the ransom's lever: s. 364 is not the taking's purpose.
  if (terms.some((t) => t.term.id === 'kidnapping-for-ransom')) { const url = urlOf(catalogue, 'ppc/364'); if (url && !general.includes(url)) general.push(url); }

  // One under sixteen with whom intercourse is told, consent pleaded or asked ("she agreed and went willingly", "does
  // her consent save him"): PPC s. 375 "sixthly, with or without B's consent, when B is under sixteen years of age".
  const rape = urlOf(catalogue, 'ppc/375');
  const intercourseTold = INTERCOURSE.test(q) || terms.some((t) => t.term.id === 'rape');
  if (rape && intercourseTold && (CONSENT_PLEADED.test(q) || /\b(?:agreement|agreed|never\s+resisted|did\s+not\s+resist|didn'?t\s+resist|no\s+resistance)\b/i.test(q)) && ages.some((a) => a.age < 16)) liftAbove(priors, [rape], 1.2, 1);

  // A sale of a person: the buyer's offence is PPC s. 371B ("buys, hires or otherwise obtains possession"), the
  // seller's s. 371A ("sells, lets to hire, or otherwise disposes"); each needs a purpose of prostitution, illicit
  // intercourse or an "unlawful and immoral purpose". Told with no sexual purpose, a person bought or sold to be
  // kept as property is s. 370 ("buys, sells or disposes of any person as a slave").
  const [sells, buys, slave, procures] = ['ppc/371A', 'ppc/371B', 'ppc/370', 'ppc/366A'].map((r) => urlOf(catalogue, r));
  if (sells && buys && slave && (priors[sells] || priors[buys] || (procures && priors[procures]))) {
    const sides = trade;
    // The side a question asks of ("what is Bali's own offence as the one who paid", "the one who sold her"): that side.
    const askedSide = /\b(?:one|person|woman|man|party)\s+who\s+(?:paid|bought|purchased|buys|pays)\b|\b(?:can|could|is|should|will)\s+(?:the\s+)?(?:\S+\s+){0,3}?who\s+(?:paid|bought|purchased)\b|\b(?:buyer|purchaser)'?s?\s+(?:own\s+)?(?:offence|case|liability)\b/i.test(q) ? 'buying'
      : /\b(?:one|person|woman|man|party)\s+who\s+(?:sold|sells|received\s+the\s+money|took\s+the\s+money)\b|\bseller'?s?\s+(?:own\s+)?(?:offence|case|liability)\b/i.test(q) ? 'selling' : undefined;
    const { buying, selling } = askedSide ? { buying: askedSide === 'buying', selling: askedSide === 'selling' } : sides;
    const translatedWords = [...lexical, ...everyday].flatMap((m) => (m.term.term ? m.term.term.split(' ') : []));
    const sexual = sexualPurposeIn([...words, ...translatedWords], q);
    const top = Math.max(priors[sells] ?? 0, priors[buys] ?? 0, priors[slave] ?? 0);
    // A minor girl induced or taken to go somewhere for illicit intercourse, and no sale told, is s. 366A ("induces any
    // minor girl under the age of eighteen years to go from any place or to do any act with intent that such girl may
    // be … forced or seduced to illicit intercourse with another person").
    const minorGirl = words.some((w) => GIRL_WORDS.test(w)) && (ages.some((a) => a.age < 18) || words.includes('minor'));
    // s. 366A is inducement ("by any means whatsoever, induces"), for intercourse "with another person": the men, a
    // brothel or customers are told; one who lures a girl for himself is another offence (s. 365B, s. 363).
    const induced = words.some((w) => LURING.test(w) || /^(?:promised|promise|promising|saying|offered|induced|persuaded)$/.test(w));
    const others = /\b(?:men|customers?|clients?|brothels?|prostitut\w*|dhanda|sex\s+work|kotha\w*|kothe|naika|another\s+(?:man|person)|other\s+men|others)\b/i.test(q);
    // s. 370 is a sale "as a slave": only where slavery or ownership is told; ss. 371A and 371B also cover "any
    // unlawful and immoral purpose", so a sale with no sexual word told is not slavery by that alone.
    const enslaved = /\b(?:slaves?|slavery|enslaved|ghulam\w*|property|owned|owns\s+(?:him|her|them))\b|غلام/i.test(q);
    if ((buying || selling) && !sexual && enslaved) {
      priors[slave] = top * 1.1;
      // With no debt told, a labourer bought as one owned is no bonded labourer: the sale comes first.
      if (!debtTold) liftAbove(priors, [slave], 1.1, 1);
      general.push(sells, buys);
    } else if (procures && minorGirl && induced && others && sexual && !buying && !selling) {
      // It is the specific section beside the kidnapping of a minor the same facts tell (s. 361), which stays.
      const kidnapping = ['ppc/361', 'ppc/363', 'ppc/365B'].map((r) => priors[urlOf(catalogue, r) ?? ''] ?? 0);
      priors[procures] = Math.max(top, priors[procures] ?? 0, ...kidnapping) * 1.1;
      general.push(sells, buys);
    } else if (buying !== selling) {
      const [told, other] = buying ? [buys, sells] : [sells, buys];
      // A sexual purpose told makes it the sale of ss. 371A/371B, not the sale "as a slave" of s. 370.
      priors[told] = Math.max(priors[told] ?? 0, priors[other] ?? 0, sexual ? priors[slave] ?? 0 : 0) * 1.1;
      general.push(other);
      if (sexual && !enslaved) general.push(slave);
    }
  }
  // The child taken to be made a slave stays above the slave-dealing a sale told would lift (s. 364A, above).
  if (childTakenAsSlave) {
    const dealing = ['ppc/370', 'ppc/371'].map((r) => priors[urlOf(catalogue, r) ?? ''] ?? 0);
    priors[childTakenAsSlave] = Math.max(priors[childTakenAsSlave] ?? 0, ...dealing.map((x) => x * 1.25));
  }
  // Dealing in slaves told as a habit or a trade ("regular trade", "again and again as a business": the habitual
  // dealing term) is PPC s. 371 ("habitually imports, exports, removes, buys, sells, traffics or deals in slaves");
  // the single sale of s. 370 is then its context.
  const [habitual, single] = ['ppc/371', 'ppc/370'].map((r) => urlOf(catalogue, r));
  // Or slave-dealing told with words of a habit ("buying and selling people like slaves, again and again, his business").
  const habitTold = terms.some((t) => t.term.id === 'slavery') && /\b(?:buy\w*|bought|purchas\w*|kharid\w*|khareed\w*)\b/i.test(q) && /\b(?:sell\w*|sold|bech\w*|farokht)\b/i.test(q) && /\b(?:again\s+and\s+again|repeatedly|habitual(?:ly)?|regular(?:ly)?|(?:his|her|their)\s+business|as\s+a\s+business|trade\s+(?:of|in)\s+this|for\s+(?:many|several|ten|\d+)\s+years)\b/i.test(q);
  if (habitual && single && (habitTold || terms.some((t) => t.term.id === 'habitual-dealing-in-slaves'))) {
    priors[habitual] = Math.max(priors[habitual] ?? 0, priors[single] ?? 0) * 1.2;
    if (priors[single]) general.push(single);
  }

  // Whether the victim of trafficking or the smuggled migrant is liable, asked: PTPA s. 6 ("shall not be criminally
  // or otherwise liable … but may become witness"), PSMA s. 8 ("shall not become liable to criminal prosecution …
  // and may be a witness"). The law of the story's terms picks the section; both where both laws are told.
  // Asked of an offender ("can the agent be punished"), the victim's immunity is no answer, though its words are held apart.
  if (liability === 'offender') for (const ref of ['psma-2018/8', 'ptpa-2018/6']) { const url = urlOf(catalogue, ref); if (url) delete priors[url]; }
  if (liability === 'victim') {
    // The victim's side as told: a migrant (one who paid the agent, was smuggled or deported) or one trafficked;
    // failing both, the law whose offence the query's terms name.
    let smuggled = /\b(?:migrants?|smuggled|smuggling|deport\w*|paid\s+(?:the|an|a)\s+agent)\b/i.test(q);
    // Girls kept for sex work and rescued are trafficked, though the word is not used ("guest house raid … zina").
    // So is one taken within Pakistan on a false promise of work and kept ("taken to Karachi by a gang on the promise of
    // a factory job and kept in a flat"): PTPA s. 3 "recruits, harbours, transports … through the use of … fraud".
    const jobFraud = /\b(?:on\s+the\s+)?promis\w*\s+(?:of\s+)?(?:her|him|them)?\s*(?:a\s+|an\s+)?(?:\S+\s+)?(?:job|naukri|work|employment)\b|\bnaukri\s+ka\s+(?:jhansa|lalach|wada|waada)\b|\blured\b/i.test(q);
    let trafficked = /\btraffick\w*/i.test(q) || (!smuggled && (sexualPurposeIn(words, q) || jobFraud));
    if (!smuggled && !trafficked) {
      const law = (prefix: string) => terms.some((t) => t.term.names.some((r) => r.startsWith(prefix) && provisionOf(catalogue, r)?.kind === 'offence'));
      [smuggled, trafficked] = [law('psma-2018/'), law('ptpa-2018/')];
    }
    liftAbove(priors, [smuggled && urlOf(catalogue, 'psma-2018/8'), trafficked && urlOf(catalogue, 'ptpa-2018/6')], 1.3, 1);
  }

  // Which agency investigates, or which court tries, asked after the facts: the section of the facts' law that says
  // so (PTPA s. 8, PSMA s. 11 the investigation; PTPA s. 10, PSMA s. 10, BLSA s. 16 the trial) comes before the
  // offence the facts tell. The law is the one whose offences the query's terms name most; the Penal Code has no
  // such section (its offence pages give the CrPC classification), so nothing is lifted for it.
  // Each law's weight in the facts: the strongest pointing to one of its offences that a term of the query names.
  const lawsOf = (told: GlossaryMatch[], refsOf: (t: GlossaryTerm) => string[]) => {
    const out = new Map<string, number>();
    for (const t of told) {
      for (const r of refsOf(t.term).filter((x) => provisionOf(catalogue, x)?.kind === 'offence')) {
        const url = urlOf(catalogue, r);
        out.set(lawFamily(r), Math.max(out.get(lawFamily(r)) ?? 0, (url && priors[url]) || 0.01));
      }
    }
    return out;
  };
  // Terms whose words the query holds apart count too ("girls sent from Sialkot to Muscat for sex work": trafficking).
  const lawsTold = lawsOf([...terms, ...apart], (t) => t.names);
  // A bonded-labour story told in a province lifts only the text offered there (a Sindh kiln: not the Punjab text).
  const offeredBlsa = [...acts, ...placeActs].filter((id) => /blsa/.test(id));
  const offeredHere = (r: string) => !r.startsWith('blsa-1992') || !offeredBlsa.length || offeredBlsa.includes(r.split('/')[0]);
  // The laws with procedure sections of their own: for another (the Penal Code) the offence's page says how it is tried.
  const procedural = [...new Set(catalogue.filter((a) => a.provisions?.some((p) => p.kind === 'procedure')).map((a) => lawFamily(a.act)))];
  // Provisions a rule below finds the story tells, though no term names them (the Sindh Act's definitions).
  const tellingToo: string[] = [];
  // A law the query names ("under the Penal Code", "PTPA case") is the facts' law, whatever its terms point to.
  // So is the Act of a section cited ("is 371A bailable": the Penal Code's).
  const namedLaws = [...new Set([...acts, ...(citations ?? []).flatMap((c) => (c.act ? [c.act] : []))].map(lawFamily))];
  const askedTerm = agency ? 'investigation' : court ? 'trial-court' : undefined;
  const asking = askedTerm && glossary.terms.find((t) => t.id === askedTerm);
  if (asking && liability !== 'victim') {
    const best = Math.max(0, ...lawsTold.values());
    // The case the question names is of its law ("which court tries the trafficking case", kiln facts told before it).
    const caseOf = [[/\btrafficking\s+(?:case|matter|trial|offence|challan)s?\b/i, 'ptpa-2018'], [/\bsmuggling\s+(?:case|matter|trial|offence|challan)s?\b/i, 'psma-2018'], [/\bbonded\s+labou?r\s+(?:case|matter|trial|offence|challan)s?\b/i, 'blsa-1992']] as const;
    const caseLaws = caseOf.filter(([re]) => re.test(q)).map(([, law]) => law as string);
    let laws = caseLaws.length === 1 ? caseLaws : namedLaws.length ? namedLaws : [...lawsTold].filter(([, n]) => n === best && best > 0).map(([l]) => l);
    // Facts told most strongly as a Penal Code offence ("girls sent to Muscat for sex work by an agent": s. 371A) that
    // are also an offence of a law with its own court and investigation sections (PTPA s. 3) ask for that law's: the
    // Code has none. A law told at half the strength or more counts.
    if (laws.every((l) => !procedural.includes(l))) {
      const next = Math.max(0, ...[...lawsTold].filter(([l]) => procedural.includes(l)).map(([, n]) => n));
      if (next >= best / 2) laws = [...lawsTold].filter(([l, n]) => procedural.includes(l) && n === next).map(([l]) => l);
    }
    liftAbove(priors, withParallelTexts(asking.names, has).filter((r) => laws.includes(lawFamily(r)) && offeredHere(r)).map((r) => urlOf(catalogue, r)), 1.2, 1);
    // Facts of the Penal Code alone ("simple kidnapping - is it bailable and which court tries it"): its offence page
    // says how it is tried (the CrPC's Schedule II); no other law's court or investigation section answers.
    if (laws.length && laws.every((l) => !procedural.includes(l)) && best >= 0.3) {
      for (const r of withParallelTexts(asking.provisions, has).filter((x) => !laws.includes(lawFamily(x)))) { const url = urlOf(catalogue, r); if (url) delete priors[url]; }
    }
  }

  // Where the trafficking or smuggling law applies, asked ("does the federal trafficking law apply in Sindh too",
  // "کیا انسانی ٹریفکنگ والا وفاقی قانون سندھ میں بھی لاگو ہوتا ہے"): that Act's s. 1 ("It extends to the whole of
  // Pakistan"), above the offence the facts tell. The Bonded Labour Acts' own s. 1 is read with their places (below).
  // Not "does the act apply in a case where …": that asks whether the facts are the offence, not where the Act runs.
  if ((terms.some((t) => t.term.id === 'extent-and-commencement' && !/\bappl/i.test(t.typed)) || EXTENT_IN_PLACE.test(q)) && !citations) {
    const extentOf = (['ptpa-2018', 'psma-2018'] as const).filter((l) => (lawsTold.get(l) ?? 0) > 0 && (lawsTold.get(l) ?? 0) >= Math.max(0, ...[...lawsTold].filter(([x]) => x === 'ptpa-2018' || x === 'psma-2018').map(([, n]) => n)));
    if (extentOf.length === 1) liftAbove(priors, [urlOf(catalogue, `${extentOf[0]}/1`)], 1.2, 1);
  }

  // The purpose of an Act asked ("Sindh ka begar khatam karne wala qanoon kyun banaya gaya, maqsad kya hai"): that Act's
  // preamble, which states it; the Act named, or of the place told (a province names its Bonded Labour Act), or the facts'.
  // Not the purpose of the deed stated ("must prove the purpose of the act was sexual exploitation").
  if (terms.some((t) => t.term.id === 'purpose-of-the-act') && !/\bpurpose\s+of\s+the\s+act\s+(?:was|were|is|had|being)\b/i.test(q) && !citations) {
    const province = /\b(?:sindh|sind)\b|سندھ/i.test(q) ? 'sindh-blsa-2015' : /\bpunjab\b|پنجاب/i.test(q) ? 'blsa-1992-punjab' : undefined;
    const bondedish = bonded || terms.some((t) => t.term.id === 'forced-labour');
    const best = Math.max(0, ...lawsTold.values());
    const target = acts[0] ?? placeActs[0] ?? (bondedish ? province : undefined) ?? [...lawsTold].find(([, n]) => n === best && best > 0)?.[0];
    const preamble = target && urlOf(catalogue, `${target}/preamble`);
    if (preamble) liftAbove(priors, [preamble], 1.2, 1);
  }

  // Of facts that tell a taking and what followed (a child taken and molested, a boy lured away for sodomy, a woman
  // abducted and raped), the question may single out the taking ("which section for the agwa part", "what section
  // for taking him"): the kidnapping or abduction section of the facts comes first — the one for the purpose told
  // where there is one, else the strongest the facts point to (s. 364A for a child under fourteen):
  // - PPC s. 367A "in order that such person may be subjected … to the unnatural lust of any person";
  // - s. 365B, of a woman (female, of any age: PPC s. 10), "in order that she may be forced, or seduced to illicit
  //   intercourse": rape (ss. 375, 376) or intercourse told after her taking.
  if (TAKING_ASKED.test(q)) {
    const takings = catalogue.find((a) => a.act === 'ppc')?.provisions?.filter((p) => p.kind === 'offence' && /kidnap|abduct/i.test(p.heading ?? '')).map((p) => p.url) ?? [];
    const [lust, woman] = ['ppc/367A', 'ppc/365B'].map((r) => urlOf(catalogue, r));
    const under14 = ages.some((a) => a.age < 14);
    const told = (...refs: string[]) => terms.some((t) => t.term.names.some((r) => refs.includes(r)));
    const sex = sexTaken(words);
    const pick = lust && !under14 && told('ppc/377') && sex !== 'female' ? lust
      : woman && !under14 && sex === 'female' && (told('ppc/375', 'ppc/376') || INTERCOURSE.test(q)) ? woman
      : takings.filter((u) => priors[u]).sort((a, b) => priors[b] - priors[a])[0];
    if (pick) liftAbove(priors, [pick], 1.5, 1);
  }

  // A boy taken away for a sexual purpose, told in Roman Urdu or English with no word of the law ("do bande usay bike
  // pe bitha ke khet mein le gaye ke us ke sath galat kaam karenge"): PPC s. 367A, "kidnaps or abducts any person in
  // order that such person may be subjected, or may be so disposed of as to be put in danger of being subjected, to the
  // unnatural lust of any person". Only where no woman or girl is told, and no child under fourteen (s. 364A).
  const boyTaken = sexTold(words) === 'male' && (words.some((w) => TAKING.test(w) || LURING.test(w)) || /\ble\s+(?:gaye|gaya|gae|ja(?:te|ne)?)\b|\buth(?:a|aa)\s*(?:ke|kar|liya|le)\b|\bbitha\s+(?:ke|kar)\b|\b(?:took|taken)\s+(?:him|the\s+boy)\s+(?:away|to)\b/i.test(q));
  const lust = urlOf(catalogue, 'ppc/367A');
  if (boyTaken && lust && sexualPurposeIn(words, q) && !ages.some((a) => a.age < 14) && !citations) liftAbove(priors, [lust], 1.2, 1);

  // The name or identity of a victim of rape or an unnatural offence printed or shown ("can I print her name and her
  // village in the paper"): PPC s. 376A "Whoever prints or publishes the name or any matter which may make known the
  // identity of any person against whom an offence under sections 354A, 376, 376A, 377 and 377B is alleged". Only
  // with such an offence told: a missing son's name in the paper is no s. 376A.
  const published = /\b(?:print\w*|publish\w*|reveal\w*|disclos\w*|post\w*|shar(?:e|ed|ing)|show\w*|air\w*|broadcast\w*|leak\w*)\s+(?:\S+\s+){0,3}?(?:name|identity|photo\w*|pictures?|address|village|face)\b|\b(?:name|identity|photo\w*|pictures?)\s+(?:\S+\s+){0,4}?(?:in|on)\s+(?:the\s+)?(?:paper|newspaper|news|press|tv|television|facebook|social\s+media)\b/i.exec(q);
  const identity = urlOf(catalogue, 'ppc/376A');
  const sexualOffence = terms.some((t) => t.term.names.some((r) => /^ppc\/(?:375|376|377|377B|354A)$/.test(r)));
  if (published && identity && sexualOffence && !denied.has(words.indexOf(published[0].split(/\s+/)[0].toLowerCase()))) liftAbove(priors, [identity], 1.1, 1);

  // Whether one who helped is punishable, asked of the facts ("the jamadar who brought the families — is he punishable
  // for helping, even if the forced work never got going"): the abetment section of the facts' law answers — PTPA s. 5,
  // PSMA s. 7, BLSA s. 14 ("Whoever abets any offence punishable under this Act shall, whether or not the offence abetted
  // is committed, be punishable with the same punishment"). Only asked of a helper, never where the abetment term alone
  // is told ("sub-agent recruited the girls" is the trafficking).
  // Not of one the query tells as a victim or migrant ("deported … IO wants to make him co-accused"): PTPA s. 6, PSMA s. 8.
  // A helper is told by the abetment term, or by a helper's role and a helping act ("munshi guarding kiln labourers for
  // the owner", "rickshaw wala knowingly ferried trafficked girls", "shopkeeper let the agent use his bank account").
  const helperTold = terms.some((t) => t.term.id === 'abetment') || (HELPER_ROLE.test(q) && HELPING.test(q));
  // Or a story told of the helper alone ("hotel manager knowingly gave rooms where the trafficker kept the girls").
  const helperStory = HELPER_SUBJECT.test(q) && /\b(?:knowingly|knowing\s+(?:what|that|they|she|he))\b/i.test(q);
  // One whose own act is the offence's ("driver knowingly transported trafficked girls": PTPA s. 3(1) "recruits, harbours,
  // transports, provides or obtains") is a principal, not a helper.
  const principal = /\b(?:transport\w*|harbou?r(?:s|ed|ing)|recruit\w*|kept\s+(?:\S+\s+){0,4}?locked|sold|bought|smuggled)\b/i.test(q);
  const helperAsked = !principal && liability !== 'victim' && (HELPER_ROLE.test(q) || !/\b(?:victims?|deport\w*|migrants?|rescued|trafficked|smuggled)\b/i.test(q)) && helperTold && (HELPER_LIABILITY_ASKED.test(q) || helperStory);
  const abetment = glossary.terms.find((t) => t.id === 'abetment');
  if (helperAsked && abetment) {
    // The facts' law, from the other terms: the abetment term names every law's abetment section.
    const factsLaws = lawsOf([...terms, ...apart].filter((x) => x.term !== abetment), (t) => [...new Set([...t.names, ...t.provisions])]);
    const best = Math.max(0, ...factsLaws.values());
    const laws = namedLaws.length ? namedLaws : [...factsLaws].filter(([, n]) => n === best && best > 0).map(([l]) => l);
    const own = withParallelTexts(abetment.names, has).filter((r) => laws.includes(lawFamily(r)) && offeredHere(r));
    liftAbove(priors, own.map((r) => urlOf(catalogue, r)), 1.1, 1);
    // Another law's abetment section answers of another law ("helped the kidnappers hide the boy" is the Penal
    // Code's: s. 368 and its abetment, not PTPA s. 5).
    if (laws.length) for (const r of withParallelTexts(abetment.names, has).filter((x) => !own.includes(x))) { const url = urlOf(catalogue, r); if (url) delete priors[url]; }
  }

  // Whether the facts are "called" abduction, asked ("can it be called abduction if nobody used force"): what the Code
  // means by the word answers — s. 362 "Whoever by force compels, or by any deceitful means induces, any person to go
  // from any place, is said to abduct that person".
  // Only of abduction (s. 359 says only that kidnapping "is of two kinds": the kind told answers), not where another
  // offence is set beside it ("abduction or trafficking", "abduction for marriage"), a section is cited, or a more
  // specific taking is already told (s. 364A, 365A, 365B, …).
  const abductionAsked = /\b(?:(?:called|count(?:s|ed)?\s+as|amounts?\s+to|considered(?:\s+as)?|treated\s+as|termed)\s+(?:an?\s+)?|is\s+(?:it|this|that)\s+(?:still\s+|really\s+)?(?:an?\s+)?)abduction\b(?!\s+(?:or|for|from|under|in\s+order|of\s+a))/i.test(q);
  const specificTaking = ['ppc/364', 'ppc/364A', 'ppc/365', 'ppc/365A', 'ppc/365B', 'ppc/366A', 'ppc/367', 'ppc/367A'].some((r) => (priors[urlOf(catalogue, r) ?? ''] ?? 0) >= 0.5);
  // Kidnapping asked of an adult taken by a lie within Pakistan: the Code's kidnapping is of a minor or out of Pakistan
  // (ss. 359–361); the answer is abduction, s. 362.
  if (((abductionAsked && !specificTaking) || (deceitAbduction && kidnappingAsked)) && !citations) liftAbove(priors, [urlOf(catalogue, 'ppc/362')], 1.2, 1);

  // One lured or taken away with the intention of sodomy, the act itself not told as done ("took him on motorcycle to the
  // tube-well with intention of committing badfaili, victim raised hue and cry"): the taking's purpose is the offence,
  // PPC s. 367A ("kidnaps or abducts any person in order that such person may be subjected, or may be so disposed of as
  // to be put in danger of being subjected, to the unnatural lust of any person"), before s. 377. A child under fourteen
  // is s. 364A's (above).
  const [lustTaking, unnatural] = ['ppc/367A', 'ppc/377'].map((r) => urlOf(catalogue, r));
  if (lustTaking && unnatural && priors[unnatural] && !ages.some((a) => a.age < 14) && (takenBy || words.some((w) => LURING.test(w) || TAKING.test(w)))
    && sexTaken(words) !== 'female' && terms.some((t) => t.term.names.includes('ppc/377') && intendedBefore(t.from))) {
    priors[lustTaking] = Math.max(priors[lustTaking] ?? 0, priors[unnatural]) * 1.1;
    // The act itself is only intended: s. 377 is not told done.
    if (!general.includes(unnatural)) general.push(unnatural);
  }

  // An officer sued or prosecuted for what was done honestly ("can an FIA officer be sued for an honest raid … that turned
  // out wrong"): the protection of action taken in good faith of the facts' law (PSMA s. 15, BLSA s. 19 "No suit,
  // prosecution or other legal proceeding shall lie against Government or any officer of the Government for anything
  // which is in good faith done or intended to be done under this Act").
  const goodFaith = glossary.terms.find((t) => t.id === 'good-faith');
  if (goodFaith && GOOD_FAITH_ASKED.test(q) && /\b(?:officers?|officials?|government|police|fia|magistrate|dc|inspector|sho|io)\b/i.test(q)) {
    const best = Math.max(0, ...lawsTold.values());
    const laws = namedLaws.length ? namedLaws : [...lawsTold].filter(([, n]) => n === best && best > 0).map(([l]) => l);
    liftAbove(priors, withParallelTexts(goodFaith.provisions, has).filter((r) => (!laws.length || laws.includes(lawFamily(r))) && offeredHere(r)).map((r) => urlOf(catalogue, r)), 1.2, 1);
  }

  // Arrest, bail or compromise asked of facts whose offence is the Penal Code's ("bought a man and treats him as his
  // property — can police arrest without warrant?", "begar by threats — can the thana arrest him"): the offence's own
  // page answers, with its classification from the Code of Criminal Procedure's Schedule II, as the Code has no
  // procedure sections of its own; another law's cognizance or bail section would answer of the wrong law.
  const classification = terms.some((t) => CLASSIFICATION_TERMS.has(t.term.id)) || /\b(?:arrest\w*|bail\w*|zamanat|compound\w*|compromise|warrant)\b/i.test(q);
  const otherProcedure = terms.some((t) => PROCEDURE_TERMS.has(t.term.id) && !CLASSIFICATION_TERMS.has(t.term.id)) || /\b(?:fia|investigat\w*|tafteesh|court|adalat|magistrate|sessions)\b/i.test(q);
  if (intent === 'procedure' && classification && !asking && liability !== 'victim' && (lawsTold.size || namedLaws.length)) {
    const best = namedLaws.length ? 1 : Math.max(...lawsTold.values());
    const strongest = namedLaws.length ? namedLaws : [...lawsTold].filter(([, n]) => n === best).map(([l]) => l);
    // Of the Penal Code's facts, the court asked beside bail ("simple kidnapping - is it bailable and which court tries
    // it") is answered on the offence page too: no other law's court section either.
    if (strongest.every((l) => !procedural.includes(l)) && best >= 0.3) {
      intent = 'question';
      for (const t of terms.filter((t) => PROCEDURE_TERMS.has(t.term.id) && (otherProcedure || CLASSIFICATION_TERMS.has(t.term.id)))) {
        for (const r of withParallelTexts(t.term.provisions, has)) { const url = urlOf(catalogue, r); if (url && !strongest.includes(lawFamily(r))) delete priors[url]; }
      }
    } else if (!otherProcedure && strongest.length === 1 && procedural.includes(strongest[0]) && best >= 0.3 && !lawsTold.has('ppc')) {
      // Of a law with its own classification section (PTPA s. 9, PSMA s. 9, BLSA s. 17 "Every offence under this Act
      // shall be cognizable and bailable"), that section answers ("bhatta owner arrested for peshgi workers, can he get
      // bail"), before the offence the facts tell; in the text offered where the facts happened.
      const own = terms.filter((t) => CLASSIFICATION_TERMS.has(t.term.id)).flatMap((t) => withParallelTexts(t.term.provisions, has)).filter((r) => lawFamily(r) === strongest[0] && offeredHere(r));
      liftAbove(priors, own.map((r) => urlOf(catalogue, r)), 1.2, 1);
    }
  }

  // Bonded labour, and a dispute over what the debt or the labour is ("the advance was wheat and seed, not cash",
  // "an ordinary loan, nothing to do with labour", "is this bonded labour"): the definitions decide it (BLSA s. 2(a)
  // "'advance' … whether in cash or in kind", Sindh s. 2(a) "advance (peshgi)"), in the text offered where the facts
  // happened. A question of which Act applies there ("Sindh has its own Act") is that text's s. 1 (extent, commencement).
  if (bonded) {
    // The text offered where the facts happened, before one the question only names beside it ("Islamabad ke bhatte pe …
    // federal wala qanoon lagega ya Punjab wala": the federal text).
    const placed = placeActs.filter((id) => /blsa/.test(id));
    const own = placed.find((id) => id !== 'blsa-1992') ?? placed[0] ?? acts.find((id) => /blsa/.test(id) && id !== 'blsa-1992') ?? 'blsa-1992';
    const lifted: string[] = [];
    // Facts told before the provincial Acts (Punjab's amendments from 2012, Sindh's Act from 2016) are the federal Act's.
    // Not an Act's own year ("the 1992 federal Act", "Act of 1992"): that names the law, not when the facts happened.
    const actYear = (i: number) => {
      // "1992 act", "1992 federal act", "1992 federal bonded labour Act", "1992 wala qanoon" (not "2010 wala qarza", a loan of 2010).
      let k = i + 1;
      while (k < i + 5 && /^(?:federal|national|bonded|labour|labor|system|abolition|wala|wale|ka|ke)$/.test(words[k] ?? '')) k++;
      const namesAfter = k === i + 1 ? /^(?:act|law)$/.test(words[k] ?? '') : /^(?:act|law|qanoon|qanun)$/.test(words[k] ?? '');
      // "Act of 1992", "act 1992".
      const namesBefore = words[i - 1] === 'act' || (words[i - 1] === 'of' && /^(?:act|law)$/.test(words[i - 2] ?? ''));
      // "wohi 1992 wala federal": the Act's own year with "wala" names the law.
      const namesWala = /^(?:1992|2015|2016)$/.test(words[i]) && /^(?:wala|wale|wali|vala)$/.test(words[i + 1] ?? '');
      return namesAfter || namesBefore || namesWala;
    };
    const years = words.filter((w, i) => !actAt.has(i) && /^(?:19|20)\d\d$/.test(w) && !actYear(i)).map(Number);
    const since = own === 'sindh-blsa-2015' ? 2016 : 2012;
    // The federal text's own s. 1 where the question sets it against a province's ("federal wala 1992 ka qanoon lagega ya Punjab wala", Islamabad facts).
    // Not where the punishment is asked too ("which law in Punjab punishes a kiln owner … and how much jail"): the offence answers.
    const punishmentToo = /\b(?:punish\w*|saza|sazaa|jail|sentence|imprisonment|kitni\s+qaid)\b|سزا/i.test(q);
    if ((own !== 'blsa-1992' || /\b(?:punjab|sindh|sind|provinc\w*|suba\w*)\b|پنجاب|سندھ|صوبائی/i.test(q)) && WHICH_ACT.test(q) && !punishmentToo && !years.some((y) => y < since)) lifted.push('1');
    // The texts only named beside the place's, as the other choice ("Islamabad … federal wala lagega ya Punjab wala"), are not the query's Acts.
    if (lifted.includes('1') && placed.length) for (const id of acts.filter((a) => /blsa/.test(a) && !placed.includes(a))) acts.splice(acts.indexOf(id), 1);
    // A dispute over what the debt is asks what the law means by it: the definitions, not the offence, come first.
    if (DEBT_DISPUTED.test(q)) { lifted.push('2'); if (intent === 'story' || intent === 'question') intent = 'meaning'; }
    // Whether the debt must still be repaid, asked ("do we really have to repay it", "must they pay back the peshgi"):
    // BLSA s. 6, "Liability to repay bonded debt to stand extinguished": s. 6(1) "every obligation of a bonded labourer
    // to repay any bonded debt … shall stand extinguised" [sic] on the Act's commencement, and s. 6(2) "no suit or
    // other proceeding shall lie … for the recovery of any bonded debt" after it (and s. 4(2): "No person shall make any
    // advance under, or in pursuance, of, the bonded labour system"). The Sindh Act's own section is not held: the
    // federal s. 6 answers, its card saying so.
    else if (REPAY_ASKED.test(q) || DEBT_RECOVERY.test(q)) liftAbove(priors, [urlOf(catalogue, `${own === 'sindh-blsa-2015' ? 'blsa-1992' : own}/6`)], 1.2, 1);
    // Which Act applies there, asked squarely, is answered by that text's s. 1 above the offences the facts tell.
    liftAbove(priors, lifted.map((number) => urlOf(catalogue, `${own}/${number}`)), 1.2, lifted.includes('1') ? 1 : 0.3);
    // The Sindh Act's own sections past s. 2 are not held: the federal text's answer, its card saying which law applies.
    const answering = own === 'sindh-blsa-2015' ? 'blsa-1992' : own;
    // What the facts or the question single out among the Act's provisions (BLSA 1992, federal and Punjab alike):
    // - s. 5 "any custom or tradition or practice or any contract, agreement or other instrument … shall be void and
    //   inoperative": whether such an agreement binds, asked ("is the stamp paper agreement valid", "muahida manna parega");
    // - s. 12 "Whoever enforces … any custom, tradition, practice, contract, agreement or other instrument …; and out of
    //   the fine … payment shall be made to the bonded labourer": an agreement enforced, or the fine paid to the worker;
    // - s. 8 "No creditor shall accept any payment against any bonded debt which has been extinguished": payments still
    //   taken on a debt told as ended;
    // - s. 10(2) "It shall be the duty of every District Magistrate … to inquire whether … any bonded labour system … is
    //   being enforced": which officer's duty, asked.
    const singled: string[] = [];
    if (AGREEMENT_BINDS.test(q)) singled.push('5');
    else if (AGREEMENT_ENFORCED.test(q) || FINE_TO_LABOURER.test(q)) singled.push('12');
    if (PAID_AFTER_EXTINGUISHED.test(q) && DEBT_ENDED.test(q)) singled.push('8');
    // Not a question of arrest, the FIR or the court ("which officer can arrest a kiln owner": s. 17 cognizable).
    if ((OFFICER_ASKED.test(q) && !/\b(?:arrest\w*|fir|register\w*|bail\w*|court|try|tried|challan)\b/i.test(q)) || DUTY_NOT_DONE.test(q)) singled.push('10');
    // Not ss. 7 and 13 for property seized over a debt today: both are of property encumbered "immediately before the
    // commencement of this Act", s. 13 of failing to restore it "within a period of ninety days from the commencement".
    liftAbove(priors, singled.map((number) => urlOf(catalogue, `${answering}/${number}`)), 1.2, 1);
    if (singled.length) lifted.push(...singled);
    // Facts in Sindh from its Act's commencement (2016) are the Sindh Act's (content/jurisdictions.yaml offers it there),
    // of which the library holds s. 1 and s. 2 only: its definitions ("bonded labour", "bonded labourer", "advance
    // (peshgi)") are the provision of it that the facts meet, and come first; the federal offence follows, its card
    // saying which law is given for the place. Not for a question of procedure, which the part held does not answer.
    const sindhDefinitions = own === 'sindh-blsa-2015' && !lifted.length && !REPAY_ASKED.test(q) && !terms.some((t) => t.term.id === 'extent-and-commencement') && (intent === 'story' || intent === 'question') && !years.some((y) => y < since) && urlOf(catalogue, `${own}/2`);
    if (sindhDefinitions) { liftAbove(priors, [sindhDefinitions], 1.2, 1); tellingToo.push(sindhDefinitions); }
  }

  // Confinement told of a bonded family ("peshgi ke badle khandan qaid kar rakha") with no taking: the Code's ss. 365
  // and 368 are of confinement after a kidnapping or abduction, so they are only context; the Bonded Labour Act's
  // offence (s. 11, compelling bonded labour) and the Code's s. 374 (unlawful compulsory labour) come first.
  if (bonded && terms.some((t) => t.term.id === 'wrongful-confinement') && !terms.some((t) => t.term.names.some((r) => KIDNAPPING_REFS.has(r))) && !words.some((w) => TAKING.test(w) || LURING.test(w) || /^(?:abduct\w*|kidnap\w*|uthai?\w*)$/.test(w))) {
    for (const r of ['ppc/365', 'ppc/368']) { const url = urlOf(catalogue, r); if (url && priors[url] && !general.includes(url)) general.push(url); }
  }

  // Whether the law's word covers the person or the facts, asked (coverageAsked): the section that defines the word
  // comes first. PTPA s. 2 defines "child" (a) and "victim" (g); PSMA s. 2 "migrant" (f) and "smuggled migrant" (j);
  // BLSA s. 2 "advance (peshgi)", "bonded debt", "bonded labour", "bonded labourer" and "nominal wages", the text
  // of the place told (the Punjab's, the federal, Sindh's s. 2).
  if (coverageAsked && !citations) {
    const word = new RegExp(String.raw`\b${DEFINED_WORDS}\b`, 'i').exec(q)?.[0].toLowerCase() ?? '';
    // A minor asked of a kidnapping or under the Penal Code is s. 361's ("under fourteen years of age if a male, or under
    // sixteen years of age if a female"); of trafficking, PTPA s. 2(a)'s "child".
    const young = /^(?:child|minor|bach|nabalig|na\s)/.test(word);
    const ppcMinor = young && (kidnappingTold() || acts.includes('ppc') || /\b(?:ppc|penal\s+code|kidnap\w*|agwa|aghwa|abduct\w*|elope\w*|nikah|marriage|shadi)\b/i.test(q));
    const defining = !word ? [] : ppcMinor ? ['ppc/361'] : /^(?:victim|mutasira)/.test(word) || young ? ['ptpa-2018/2'] : /migrant/.test(word) ? ['psma-2018/2']
      : [...new Set(['blsa-1992', ...placeActs.filter((id) => /blsa/.test(id)), ...acts.filter((id) => /blsa/.test(id))])].map((id) => `${id}/2`);
    if (defining.length) liftAbove(priors, withParallelTexts(defining, has).map((r) => urlOf(catalogue, r)), 1.2, 1);
  }

  // A named province's own Bonded Labour Act that the glossary does not list (Sindh's) takes the
  // pointing of the federal provision with the same heading: its sections are not numbered alike.
  for (const id of [...acts, ...placeActs]) {
    const own = catalogue.find((a) => a.act === id);
    if (!own || !/blsa/.test(id) || Object.keys(priors).some((u) => u.startsWith(`/${id}/`))) continue;
    for (const [url, w] of Object.entries(priors)) {
      if (!url.startsWith('/blsa-1992/')) continue;
      const heading = catalogue.find((a) => a.act === 'blsa-1992')?.provisions?.find((p) => p.url === url)?.heading?.toLowerCase();
      const same = heading && own.provisions?.find((p) => p.heading?.toLowerCase() === heading);
      if (same) priors[same.url] = (priors[same.url] ?? 0) + w;
    }
  }

  // In a story or a question a figure that cites nothing ("16 hours", "3 men") narrows the
  // search to pages that print that figure, which are section references: it is not searched.
  // A province where the facts happened narrows nothing either, save in a query about bonded
  // labour, where it names the province's own Act: every other Act here extends to all Pakistan.
  const figure = (w: string) => (intent === 'story' || intent === 'question') && /^\d+$/.test(w);
  const place = (w: string) => intent !== 'lookup' && !bonded && PROVINCES.test(w);
  const searched = searchWords.filter((w) => !figure(w) && !place(w));
  // A term naming an offence decides the law more than one of procedure or of the victim.
  const offence = (t: GlossaryTerm) => (t.names.some((r) => provisionOf(catalogue, r)?.kind === 'offence') ? 2 : 1);
  const affinity = Object.fromEntries(actAffinity(terms, offence));
  // The ages told, for the ranking's age limits: not when the query names a child in words and
  // every age told is an adult's ("a 45 year old man took a minor girl": the age is the accused's).
  const childNamed = words.some((w) => CHILD_WORDS.test(w));
  const victimAges = childNamed && ages.every((a) => a.age >= 18) ? [] : ages.map((a) => a.age);
  // The provisions the query's terms are the common name of, and that tell what was done (the ranking lifts them in a story).
  const namedTelling = [...new Set([...withParallelTexts(terms.flatMap((t) => t.term.names.filter(telling)), has).map((r) => urlOf(catalogue, r)).filter((u): u is string => !!u), ...tellingToo])];
  return { raw, citations, citationOnly, actsOnly: named, acts, placeActs, named: namedTelling, procedural, words: searched, corrected, alternatives: [...new Set(alternatives)], terms, translated: translated.map((m) => ({ typed: m.typed, english: m.term.term })), priors, affinity, intent, ages: victimAges, general, unknown: unused, places: placesRead, notes };
}
