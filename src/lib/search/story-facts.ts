// Facts told in a story that are read rather than searched as words: ages ("my 15 year old
// daughter", "a 12-year-old boy", "aged 16", "14 saal ki bachi", "umar 13 saal") and sums of
// money ("50 lakh", "Rs. 5000", "2 crore rupay"). Pure. The law turns on age thresholds (a child is under eighteen: PTPA
// s. 2; PPC s. 361 under fourteen for a male and sixteen for a female; s. 366A a minor girl
// under eighteen), so an age under eighteen is read as naming a child, and the age's words
// ("year", "old") are not searched: "years" would find every punishment.

export interface AgeMention { age: number; from: number; to: number; typed: string }

const UNIT = /^(?:years?|yrs?|yr|saal|sal|sala|saala|salah|baras|برس|سال|سالہ)$/;
const AFTER = /^(?:old|ki|ka|ke|kii|umar|age|کی|کا|کے)$/;  // "of" only before "age" (see below)
const BEFORE = /^(?:aged|age|umar|umer|عمر)$/;
import { typedTokens } from './normalise.ts';

// A person an age may stand before ("17 year girl").
const PERSON = /^(?:girls?|boys?|child|children|sons?|daughters?|kids?|baby|minors?|students?|maids?|larki|larkiyan|larka|larkay|larke|bachi|bachiyan|bacha|bachay|bache|beti|beta|woman|man|female|male|orphans?|victims?|sisters?|brothers?|nieces?|nephews?|لڑکی|لڑکا|لڑکے|بچی|بچہ|بچے|بیٹی|بیٹا|بیٹے)$/;

/** Ages as people write them in words, English and Roman Urdu (Urdu script stories write figures). */
const AGE_WORDS: Record<string, number> = Object.fromEntries([
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, i + 1]),
  ...'twenty thirty forty fifty sixty seventy'.split(' ').map((w, i) => [w, (i + 2) * 10]),
  // "do" and "teen" are English words too: they count only before a unit and "old"/"ki" (below).
  ...'ek do teen char paanch chhe saat aath nau das gyarah barah terah chaudah pandrah solah satrah atharah unees bees'.split(' ').map((w, i) => [w, i + 1]),
  // Urdu script: "سات سال کی بچی" (a seven-year-old girl).
  ...'ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس'.split(' ').map((w, i) => [w, i + 1]),
  ['panch', 5], ['chay', 6], ['gyara', 11], ['bara', 12], ['tera', 13], ['chauda', 14], ['choda', 14], ['pandra', 15], ['sola', 16], ['satra', 17], ['athara', 18], ['attharah', 18], ['unnees', 19],
] as [string, number][]);
const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy)$/;

/**
 * The tokens with each age in words put as its figure: "nine" -> "9", "fifteen-year-old" ->
 * "15-year-old", "twenty five" -> "", "25" (the tens word is left empty, so spans keep their places).
 */
function ageFigures(typed: string[]): string[] {
  const out = typed.map((t) => {
    if (/^[\u0600-\u06FF]+$/.test(t)) return AGE_WORDS[t] !== undefined ? String(AGE_WORDS[t]) : t;
    const m = /^([a-z]+)(?:-([a-z]+))?(-(?:years?|yrs?|yr|saal|sal)(?:-old)?)?$/.exec(t);
    if (!m || AGE_WORDS[m[1]] === undefined) return t;
    if (m[2] && !(TENS.test(m[1]) && (AGE_WORDS[m[2]] ?? 10) < 10)) return t;
    return `${AGE_WORDS[m[1]] + (m[2] ? AGE_WORDS[m[2]] : 0)}${m[3] ?? ''}`;
  });
  for (let i = 0; i + 1 < typed.length; i++) {
    if (TENS.test(typed[i]) && /^\d$/.test(out[i + 1])) { out[i + 1] = String(AGE_WORDS[typed[i]] + Number(out[i + 1])); out[i] = ''; }
  }
  return out;
}

/** Words after an age told with "ki"/"ka"/"ke" that make it a term instead ("do saal ki qaid", "ek saal ka qarza"). */
// Units after a figure that make it no age: a length of time, a sum, a distance.
const NOT_AGE_UNIT = /^(?:months?|days?|hours?|weeks?|lakh|lakhs|lac|crore|rupees?|rs|thousand|hazar|million|percent|%|km|miles?|sections?)$/;
const NOT_AN_AGE_AFTER = /^(?:qaid|qaed|saza|sazaa|jail|imprisonment|qarza|qarz|baad|liye|lye|tak|se|pehle|mein|main|muddat|arsa|arsay|قید|سزا|جیل|قرض|قرضہ|بعد|لیے|تک|سے|پہلے|میں|مدت|عرصہ|عرصے|مزدوری|غلامی|کام|محنت|نوکری|mazdoori|ghulami|kaam|mehnat|naukri)$/;

/**
 * The ages a query's tokens tell, with the token span [from, to) each takes. In: tokens as
 * normalise.ts tokens() gives them ("15-year-old" is one token). Out: ages of 0–120 years,
 * in order; [] when none. A bare number is not an age ("section 15", "15 hours"), nor a term
 * of years without "old" ("14 years" of imprisonment). Ages in words ("nine year old", "aath saal
 * ki") count as their figures; `typed` keeps the words as typed.
 */
export function agesIn(typed: string[]): AgeMention[] {
  const out: AgeMention[] = [];
  // An age in words reads as its figure: "nine year old", "a fifteen-year-old", "aath saal ki".
  const tokens = ageFigures(typed);
  // An age in words must say it is one: "old", "umar" or "age", or "ki" before no term ("aath saal ki bachi").
  const inWords = (i: number) => !/^\d/.test(typed[i]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let m = /^(\d{1,3})-(?:years?|yrs?|yr|saal|sal)(?:-old)?$/.exec(t);
    if (m) { out.push({ age: Number(m[1]), from: i, to: i + 1, typed: typed[i] }); continue; }
    // Glued as phones type it ("8yr boy", "15yrs old", "aged 12yrs"): an age where a person or "old" is beside it.
    m = /^(\d{1,3})(?:years?|yrs?|yr|saal|sal)$/.exec(t);
    if (m && (PERSON.test(tokens[i + 1] ?? '') || tokens[i + 1] === 'old' || BEFORE.test(tokens[i - 1] ?? ''))) {
      const to = tokens[i + 1] === 'old' ? i + 2 : i + 1;
      out.push({ age: Number(m[1]), from: i, to, typed: typed.slice(i, to).join(' ') });
      i = to - 1;
      continue;
    }
    // "14 years" alone is a term of imprisonment; an age says "old", "of age" or "ki"/"ka".
    if (/^\d{1,3}$/.test(t) && UNIT.test(tokens[i + 1] ?? '') && (AFTER.test(tokens[i + 2] ?? '') || (tokens[i + 2] === 'of' && tokens[i + 3] === 'age'))) {
      let to = i + 2;
      while (to < tokens.length && to < i + 4 && (AFTER.test(tokens[to]) || tokens[to] === 'of')) to++;
      // "do saal ki qaid" is a sentence, "ek saal ka qarza" a debt's age; in words only "old", "umar", "age" or "ki" tell an age.
      const marker = tokens.slice(i + 2, to);
      if (NOT_AN_AGE_AFTER.test(tokens[to] ?? '') && marker.every((w) => /^(?:ki|ka|ke|kii|کی|کا|کے)$/.test(w))) continue;
      // "ka"/"کا" before a person is an age too ("bara saal ka larka", "بارہ سال کا لڑکا").
      if (inWords(i) && !marker.some((w) => /^(?:old|ki|kii|umar|age|کی|عمر)$/.test(w)) && !PERSON.test(tokens[to] ?? '')) continue;
      const from = i > 0 && tokens[i - 1] === '' ? i - 1 : i;
      out.push({ age: Number(t), from, to, typed: typed.slice(from, to).join(' ') });
      i = to - 1;
      continue;
    }
    // "17 year girl", "12 saal bachi": a figure and its unit before a person is that person's age.
    // Not a length of time: "after 2 years boy was found", "for 3 years girl worked".
    if (/^\d{1,3}$/.test(t) && UNIT.test(tokens[i + 1] ?? '') && PERSON.test(tokens[i + 2] ?? '') && !/^(?:after|for|since|within|past|last|over|in|about|nearly|almost)$/.test(tokens[i - 1] ?? '')) {
      out.push({ age: Number(t), from: i, to: i + 2, typed: typed.slice(i, i + 2).join(' ') });
      i += 1;
      continue;
    }
    // "my daughter is 15", "the girl was 13 when …": a person said to be a figure, not of days, money or people.
    if (PERSON.test(t) && /^(?:is|was)$/.test(tokens[i + 1] ?? '') && /^\d{1,2}$/.test(tokens[i + 2] ?? '') && Number(tokens[i + 2]) <= 25
      && !NOT_AGE_UNIT.test(tokens[i + 3] ?? '') && !/^(?:minutes?|times|men|people|persons|accused|kg|din|raat|nights?|ghante|mahine|hrs|class|grade)$/.test(tokens[i + 3] ?? '')) {
      const to = UNIT.test(tokens[i + 3] ?? '') ? i + 4 : i + 3;
      out.push({ age: Number(tokens[i + 2]), from: i + 2, to, typed: typed.slice(i + 2, to).join(' ') });
      i = to - 1;
      continue;
    }
    // "aged 15", and as an FIR puts it, "aged about 15 yrs".
    const about = BEFORE.test(t) && /^(?:about|around|approx|approximately|nearly|almost|taqreeban|takriban|qareeb)$/.test(tokens[i + 1] ?? '') ? 1 : 0;
    if (BEFORE.test(t) && /^\d{1,3}$/.test(tokens[i + 1 + about] ?? '')) {
      const to = (UNIT.test(tokens[i + 2 + about] ?? '') ? i + 3 : i + 2) + about;
      out.push({ age: Number(tokens[i + 1 + about]), from: i, to, typed: typed.slice(i, to).join(' ') });
      i = to - 1;
    }
  }
  return out.filter((a) => a.age <= 120);
}

/** An age limit: "under 14", "below 18 years", "less than 16", "14 saal se kam (umar)", "18 سال سے کم". */
export interface AgeBound { under: number; from: number; to: number; typed: string }

const UNDER = /^(?:under|below|beneath)$/;
const PENALTY_WORDS = /^(?:imprisonment|imprisoned|sentence|sentenced|punishment|punishable|punished|jail|term|fine|saza|qaid)$/;
const NUMBER_WORDS: Record<number, string> = { 10: 'ten', 12: 'twelve', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 18: 'eighteen', 21: 'twenty-one' };

/**
 * The age limits a query's tokens state, with the span [from, to) each takes. The law draws its
 * lines by age ("under the age of fourteen years": PPC s. 364A; "under the age of twenty-one
 * years": s. 366B; "under eighteen": PTPA s. 2), so "14 saal se kam umar" asks for the provision
 * that draws the line at fourteen. In: tokens(); out: limits of 1–120 years, in order. "under
 * section 14" and "less than 14 days" are not ages.
 */
export function ageBoundsIn(tokens: string[]): AgeBound[] {
  const out: AgeBound[] = [];
  const num = (t: string | undefined) => (t && /^\d{1,3}$/.test(t) ? Number(t) : NaN);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // English: "under 14", "under the age of 14 (years)", "below 18 years of age", "less than 16 years".
    let j = -1;
    if (UNDER.test(t)) j = tokens[i + 1] === 'the' && tokens[i + 2] === 'age' && tokens[i + 3] === 'of' ? i + 4 : i + 1;
    else if ((t === 'less' || t === 'younger') && tokens[i + 1] === 'than') j = i + 2;
    // A term of imprisonment or a sum ("sentence under 7 years", "under 10 lakh", "under 18 months") is no age.
    const sentence = tokens.slice(Math.max(0, i - 3), i).some((w) => PENALTY_WORDS.test(w));
    if (j > 0 && !Number.isNaN(num(tokens[j])) && !sentence && !NOT_AGE_UNIT.test(tokens[j + 1] ?? '')) {
      let to = j + 1;
      const unit = UNIT.test(tokens[to] ?? '');
      if (unit) to++;
      // "less than 14" needs its unit or "age" near ("less than 14 days" is no age); "under 14" does not.
      if (t === 'less' && !unit && tokens[i - 1] !== 'age') continue;
      if (tokens[to] === 'of' && tokens[to + 1] === 'age') to += 2;
      else if (tokens[to] === 'old') to++;
      out.push({ under: num(tokens[j]), from: i, to, typed: tokens.slice(i, to).join(' ') });
      i = to - 1;
      continue;
    }
    // Roman Urdu and Urdu: "(umar) 14 saal se kam (umar)", "14 سال سے کم عمر".
    if (!Number.isNaN(num(t)) && UNIT.test(tokens[i + 1] ?? '') && /^(?:se|say|سے)$/.test(tokens[i + 2] ?? '') && /^(?:kam|کم)$/.test(tokens[i + 3] ?? '')) {
      const from = /^(?:umar|umer|umr|عمر)$/.test(tokens[i - 1] ?? '') ? i - 1 : i;
      let to = i + 4;
      while (to < tokens.length && /^(?:umar|umer|umr|عمر|ki|ka|ke|کی|کا|کے)$/.test(tokens[to]) && to < i + 6) to++;
      out.push({ under: num(t), from, to, typed: tokens.slice(from, to).join(' ') });
      i = to - 1;
    }
  }
  return out.filter((a) => a.under >= 1 && a.under <= 120);
}

/** An age limit in the words the statutes write it ("fourteen", "twenty-one"); undefined for others. */
export function ageWord(years: number): string | undefined {
  return NUMBER_WORDS[years];
}

const MONEY_AFTER = /^(?:lakh|lakhs|lac|lacs|laakh|crore|crores|karor|karod|hazar|hazaar|thousand|million|rupees|rupee|rupay|rupaye|rupaiy|rs|pkr|dollars?|riyals?|dirhams?)$/;
const MONEY_BEFORE = /^(?:rs|pkr|rupees|usd|aed|sar)$/;

/**
 * The token spans [from, to) that state a sum of money: a figure with its unit ("50 lakh",
 * "25 lakh rupay") or its currency before it ("rs 5000"). The statutes write no sums a story's
 * figure could match (their fines are "five hundred thousand rupees" in words), so the figure is
 * not searched. In: tokens(); out: the spans, in order.
 */
export function amountsIn(tokens: string[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d[\d,.]*$/.test(tokens[i])) continue;
    if (MONEY_AFTER.test(tokens[i + 1] ?? '')) {
      let to = i + 2;
      while (MONEY_AFTER.test(tokens[to] ?? '')) to++;
      out.push({ from: i, to });
      i = to - 1;
    } else if (MONEY_BEFORE.test(tokens[i - 1] ?? '')) out.push({ from: i - 1, to: i + 1 });
  }
  return out;
}

const LIMIT = /\bunder (?:the age of )?(ten|twelve|fourteen|fifteen|sixteen|eighteen|twenty-one)\b/g;

/**
 * The age limits a provision's text sets for its victim, in years: "any person under the age of
 * fourteen" (PPC s. 364A) gives [14]; "under fourteen years of age if a male, or under sixteen
 * years of age if a female" (s. 361) gives [14, 16]. A term of imprisonment ("not less than
 * fourteen years") is no limit. In: the statute's words, lower case; out: [] when it sets none.
 */
export function ageLimitsIn(text: string): number[] {
  const byWord = new Map(Object.entries(NUMBER_WORDS).map(([n, w]) => [w, Number(n)]));
  return [...new Set([...text.matchAll(LIMIT)].map((m) => byWord.get(m[1])).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

/**
 * The tokens a query denies: what it says was not there ("no loan was ever given", "koi qarza ya
 * peshgi nahi thi", "کوئی قرض نہیں تھا"). English: the word after "no" (and after "no any",
 * "no such"), and the words it lists with "or"/"nor" ("no loan or advance"). Roman Urdu and Urdu: the words between "koi"/"کوئی" and "nahi"/"نہیں" at most
 * four words on. "without" denies only travel papers ("without a passport or visa"); "without her consent" and
 * "never agreed" state facts the law turns on. In: tokens(); out: the denied places.
 */
/** Travel papers a person may be said to be "without". */
export const PAPERS = /^(?:passports?|visas?|documents?|papers|cnic|nicop)$/;

export function deniedIn(tokens: string[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    // "defence says … so no rape": the defence's plea is the question, not a fact denied.
    if (t === 'no' && !tokens.slice(Math.max(0, i - 16), i).some((w) => /^(?:defence|defense|pleads?|pleaded|claims?|claimed|contends?|contended|argues?|argued)$/.test(w))) {
      let j = /^(any|such|other)$/.test(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      if (j < tokens.length) out.add(j);
      // "no loan or advance", "no loan, advance or peshgi": the denial runs over the list.
      while (/^(or|nor)$/.test(tokens[j + 1] ?? '') && j + 2 < tokens.length) { j += 2; out.add(j); }
    }
    // "No one was taken out of the country", "nobody was sent abroad": the taking told is the one that did not happen.
    // Only the taking and where to: the words of a place abroad after it, never the next clause's facts.
    const one = t === 'no' && tokens[i + 1] === 'one' ? 2 : (t === 'nobody' || t === 'none' || t === 'no-one') ? 1 : 0;
    if (one && /^(?:was|were|has|had)$/.test(tokens[i + one] ?? '')) {
      let v = i + one + 1 + (/^(?:been|ever)$/.test(tokens[i + one + 1] ?? '') ? 1 : 0);
      if (/^(?:taken|sent|moved|trafficked|smuggled|carried|brought)$/.test(tokens[v] ?? '')) {
        out.add(v);
        while (/^(?:out|of|the|country|abroad|pakistan|away|outside|beyond|across|border|overseas|to|into|from)$/.test(tokens[++v] ?? '')) out.add(v);
      }
    }
    // "without a passport or visa": the papers were not there, so none was made, used or kept (PSMA s. 4);
    // "without her consent" stays a fact.
    if (t === 'without') {
      let j = /^(?:a|any|valid|proper|his|her|their)$/.test(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      while (j < tokens.length && PAPERS.test(tokens[j])) {
        out.add(j);
        j += /^(?:or|and|nor)$/.test(tokens[j + 1] ?? '') ? 2 : 1;
        if (/^(?:a|any|valid)$/.test(tokens[j] ?? '')) j++;
      }
    }
    // "did not ask for ransom", "never demanded any ransom", "didn't make a ransom call": what was not asked or made.
    if (/^(?:not|never|t)$/.test(t) && /^(?:ask|asked|demand|demanded|make|made|receive|received)$/.test(tokens[i + 1] ?? '')) {
      let j = i + 2;
      while (/^(?:for|any|a|an|the)$/.test(tokens[j] ?? '')) j++;
      if (j < tokens.length) out.add(j);
    }
    // "he is 24, not a child", "no longer a minor": the person is grown.
    // Not a plea of the accused or the defence ("accused claims the girl is not a minor"): that is the question.
    if (t === 'not' || (t === 'longer' && tokens[i - 1] === 'no')) {
      const j = /^(?:a|an)$/.test(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      const pleaded = tokens.slice(Math.max(0, i - 8), i).some((w) => /^(?:claims?|claimed|says|said|pleads?|pleaded|alleges?|alleged|contends?|contended|argues?|argued|stated|states|defence|defense)$/.test(w));
      if (/^(?:child|minor|juvenile|kid)$/.test(tokens[j] ?? '') && !pleaded) out.add(j);
    }
    // "insani smuggling nahi, trafficking ka parcha hai": the offence named before "nahi" is the one the facts are not.
    if (/^(?:nahi|nahin|نہیں)$/.test(t) && /^(?:smuggling|trafficking|agwa|aghwa|kidnapping|abduction|rape|zyadti|ziadti|bonded|begar|اسمگلنگ|اغوا|زیادتی)$/.test(tokens[i - 1] ?? '')) {
      out.add(i - 1);
      if (/^(?:insani|insaani|human|انسانی)$/.test(tokens[i - 2] ?? '')) out.add(i - 2);
    }
    if (t === 'koi' || t === 'کوئی') {
      const end = tokens.slice(i + 1, i + 6).findIndex((x) => /^(nahi|nahin|nahee|nai|na|نہیں|نہ)$/.test(x));
      for (let k = i + 1; end > 0 && k <= i + end; k++) out.add(k);
    }
  });
  return out;
}


const BUYING = /^(?:buy|buys|bought|buying|buyer|buyers|purchase|purchased|purchases|purchasing|purchaser|khareed(?!ari)\w*|kharid(?!ari)\w*|خرید\w*)$/;
const SELLING = /^(?:sell|sells|sold|selling|seller|sellers|farokht|farokhat|bech(?!ar)\w*|بیچ\w*|بیچا|بیچی|فروخت)$/;
// The person sold or bought, told beside the word: "sold her", "bought a girl", "girl was sold" (not "buy vegetables").
const TRADED = /^(?:her|him|them|girls?|boys?|wom[ae]n|child|children|kids?|daughters?|sons?|wife|sisters?|nieces?|persons?|people|bride|maids?|minors?|labourers?|workers?|larki|larkee|ladki|larkiyan|larkiyon|larka|ladka|bachi|bachchi|bacha|bachay|beti|beta|biwi|aurat|auratein|insan|insaan|behen|bahen|لڑکی|لڑکا|بچی|بچہ|بچے|بیٹی|بیٹا|عورت|بہن|بیوی|\d+-year-old)$/;
// "paid a man Rs 200,000 for a 20-year-old": money paid for a person is buying.
// Or one got by paying: "got a young girl by paying money to her cousin".
// Or paid to another and took the person ("paid 2 lakh to another landlord n took haari Allah Ditta").
const PAID_FOR = /\bpaid\s+(?:\S+\s+){0,4}?to\s+(?:\S+\s+){0,5}?(?:and|n|&|then)\s+(?:took|taken|got)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:haa?ri|kammi|mazdoor|labou?rer|worker|boy|girl|man|woman|child|him|her|them)\b|\bpaid\b[^.?!]{0,50}?\bfor\s+(?:a|an|the|this|that|her|his|their)\s+(?:\S+\s+)?(?:\d+-year-old|girl|woman|boy|child|person|minor|bride|maid)\b|\b(?:got|obtained|acquired|took|taken)\s+(?:a|an|the|this|that)?\s*(?:\S+\s+)?(?:girl|woman|boy|child|minor|maid)\s+(?:\S+\s+){0,3}?by\s+pay(?:ing|ment)\b/i;
// A person handed over to another for money taken is sold: "handed her over to a woman … took Rs 3 lakh from that
// woman", "aurat ke hawale kar diya aur badle mein 3 lakh le liye" (the one who pays is the buyer: PAID_FOR).
const HANDED_OVER = /\bhand(?:ed|s|ing)?\s+(?:\S+\s+){0,2}?over\b|\bhawal[ae]y?\s+(?:kar|kr|ki|kiya|kia|kardi|krdi)\w*|حوالے\s+کر/i;
const MONEY_TAKEN = /\b(?:took|taken|received|receiving|got|accepted|pocketed)\s+(?:\S+\s+){0,2}?(?:rs\.?|rupees|lakh|lac|money|cash|payment|amount|\d[\d,.]*)|\b(?:badle|badlay|badley|bdle)\s+(?:mein|me|main|mai)\b|\b(?:lakh|lac|paise|paisay|pese|rupay|rupees|raqam)\s+(?:bhi\s+)?(?:le|liye|lie|liya|lia|li)\b|(?:لاکھ|پیسے|روپے|رقم)\s+(?:بھی\s+)?(?:لے|لیے|لئے|لیا|لی)/i;
// Not one given back for money: a ransom ("the kidnappers handed over my son after they took 5 lakh", "handed her over to us").
const RETURNED_FOR_MONEY = /\b(?:kidnap\w*|abduct\w*|agwa|aghwa|ransom|tawan)\b|اغوا|تاوان|\bhand(?:ed|s|ing)?\s+(?:\S+\s+){0,2}?over\s+(?:\S+\s+)?(?:to|back\s+to)\s+(?:us|me|the\s+family|(?:his|her|their|my|our)\s+(?:parents|family|father|mother|husband))\b|\bhanded\s+(?:\S+\s+){0,2}?back\b/i;
const SEXUAL = /^(?:rape|raped|raping|zyadti|ziadti|ziyadti|mujra|badkari|fahashi|prostitution|prostitute|prostitutes|sex|sexual|sexually|brothel|brothels|illicit|intercourse|immoral|kotha|kothe|kothay|naika|chakla|dhanda|jism|jisam|ismat|zina|pimp|pimps|customers|clients|جسم|کوٹھا|کوٹھے|عصمت|زنا|زیادتی|فحاشی|دھندہ|دھندا|دھندے|طوائف|گاہک|گاہکوں)$/;

/**
 * Which side of a sale of a person the query tells: the buyer (PPC s. 371B "buys, hires or otherwise obtains
 * possession of any person"), the seller (s. 371A "sells, lets to hire, or otherwise disposes of any person"),
 * both or neither. In: the query's tokens and the query as typed. Out: { buying, selling }.
 */
export function tradeIn(tokens: string[], q: string): { buying: boolean; selling: boolean } {
  const denied = deniedIn(tokens);
  // Or, in Urdu's word order, the person as the object marked with "ko" further before the verb ("larki ko us ke
  // sautelay baap se 3 lakh mein khareed liya").
  const object = (i: number) => tokens.slice(Math.max(0, i - 16), i).some((w, k, before) => TRADED.test(w) && /^(?:ko|کو)$/.test(before[k + 1] ?? ''));
  const traded = (i: number) => !denied.has(i) && (tokens.slice(Math.max(0, i - 3), i + 4).some((w) => TRADED.test(w)) || object(i));
  return {
    buying: tokens.some((w, i) => BUYING.test(w) && traded(i)) || PAID_FOR.test(q),
    selling: tokens.some((w, i) => SELLING.test(w) && traded(i)) || (HANDED_OVER.test(q) && MONEY_TAKEN.test(q) && !RETURNED_FOR_MONEY.test(q)),
  };
}

/**
 * Whether the query tells a sexual purpose (prostitution, illicit intercourse, a brothel), in its own words or
 * the lexicon's English for them: what PPC ss. 371A and 371B add to a sale of a person (s. 370 "buys … any
 * person as a slave" needs none). In: tokens typed and the lexicon's English words. Out: true when told.
 */
export function sexualPurposeIn(tokens: string[], q = ''): boolean {
  // Pakistani English and Roman Urdu say it without its words: "for bad purpose", "with bad intention", "galat kaam".
  return tokens.some((w) => SEXUAL.test(w)) || /\b(?:bad|wrong|immoral|dirty)\s+(?:purposes?|work|deeds?)\b|\b(?:galat|ghalat|gandi|ganda|bura|buray)\s+kaam\b|\bbacha\s+bazi\b|\bcall\s+girls?\b|\bflesh\s+trade\b|\bred[-\s]light\b|\bescort\s+(?:service|work|business)\b/i.test(q);
}

// Nouns that tell a female or a male person (English, Roman Urdu, Urdu). Pronouns are left out: "he" is as often
// the accused as the victim.
const FEMALE = /^(?:girls?|daughters?|nieces?|sisters?|wom[ae]n|wife|wives|females?|maids?|brides?|ladies|lady|larki|larkee|ladki|larkiyan|bachi|bachchi|beti|betiyan|behen|bahen|aurat|auratein|لڑکی|بچی|بیٹی|عورت|بہن)$/;
const MALE = /^(?:boys?|sons?|nephews?|brothers?|males?|larka|ladka|larkay|larke|beta|betay|bhai|لڑکا|لڑکے|بیٹا|بیٹے|بھائی)$/;

/**
 * Whether the persons a query tells of are female, male or both, from its nouns ("my 13 year old son", "larki").
 * What PPC s. 361 turns on ("under fourteen years of age if a male, or under sixteen years of age if a female") and
 * s. 365B ("any woman"). In: tokens. Out: 'female', 'male', or undefined when neither or both are told.
 */
export function sexTold(tokens: string[]): 'female' | 'male' | undefined {
  const female = tokens.some((w) => FEMALE.test(w));
  const male = tokens.some((w) => MALE.test(w));
  return female === male ? undefined : female ? 'female' : 'male';
}

// Words after which a capitalised word is a person's name in a case diary or FIR: "Accd Rehana", "victim Ali Raza",
// "Mst Naseem", "s/o Ghulam Rasool" ("s/o" is read as "s", "o").
// And a place's name after "near" ("near Hussain Agahi": no awareness, agahi, of the law).
const NAME_CUE = /^(?:accd|accused|complainant|victim|mst|mr|mrs|miss|named|namely|alias|urf|o|sho|asi|si|hc|constable|deceased|witness|pw|near|opposite|behind)$/i;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * The words of a query that are persons' names, as a case diary writes them: a capitalised word after a word that
 * introduces a name ("Accd Rehana and her son", "victim Ali Raza", "r/o Kot Ghulam"), and the capitalised words that
 * follow it in the same sentence. A name is no term of the law: "Rehana" is not "rehan" (mortgage), "Ghulam Rasool" no
 * slavery. A word of the library's own English ("accused Agent", "the accused. Ransom …") is never a name, and ends one.
 * In: the query's text (sentences end at . ? ! ; ، ۔), and whether a lower-case word is one of the library's words.
 * Out: the indices, in typedTokens(text), of the words that are names.
 */
export function namesIn(text: string, known: (word: string) => boolean): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const sentence of text.split(/[.?!;،۔]+(?=\s|$)/u)) {
    const typed = typedTokens(sentence);
    for (let i = 1; i < typed.length; i++) {
      if (!CAPITALISED.test(typed[i]) || known(typed[i].toLowerCase())) continue;
      if (NAME_CUE.test(typed[i - 1]) || out.has(at + i - 1)) out.add(at + i);
    }
    at += typed.length;
  }
  return out;
}

/**
 * The sex of the person nearest a span of the query (an age "aged 15", a verb of taking), from the nouns within
 * `reach` words either side, the nearer first: "son aged 15 eloped with a girl" -> male for the age.
 * In: tokens, the span [from, to), reach in words. Out: 'female', 'male' or undefined when no such noun is near.
 */
export function sexNear(tokens: string[], from: number, to: number, reach = 3): 'female' | 'male' | undefined {
  for (let d = 1; d <= reach; d++) {
    for (const i of [from - d, to - 1 + d]) {
      const w = tokens[i] ?? '';
      if (FEMALE.test(w)) return 'female';
      if (MALE.test(w)) return 'male';
    }
  }
  return undefined;
}

// Verbs of taking a person away, as stories tell it.
const TAKEN_VERB = /^(?:abduct\w*|kidnap\w*|taken|took|lured|enticed|picked|uthai|uthaya|uthaye|uthaa|agwa|aghwa|abducting)$/;

/**
 * The sex of the one taken, where the query tells a taking: the noun nearest its first verb of taking ("girl abducted
 * by two boys" -> female; "kidnapped a boy" -> male); else that of every noun told (sexTold). What s. 365B ("any
 * woman") and s. 367A turn on. In: tokens. Out: 'female', 'male' or undefined.
 */
export function sexTaken(tokens: string[]): 'female' | 'male' | undefined {
  const at = tokens.findIndex((w) => TAKEN_VERB.test(w));
  return (at >= 0 ? sexNear(tokens, at, at + 1) : undefined) ?? sexTold(tokens);
}
