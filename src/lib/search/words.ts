// Word rules of the query: which words carry no meaning for the search (in English, Roman Urdu
// and Urdu), and the form of a word the library uses (plural/singular, hyphen or none, a word
// cut short). Pure; the vocabulary comes in as an argument.

/** English words too common in statutes or questions to narrow a search. */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'into', 'and', 'or', 'is', 'are', 'be', 'was', 'were', 'been',
  'any', 'his', 'her', 'its', 'their', 'this', 'that', 'which', 'who', 'whom', 'what', 'when', 'where', 'how', 'as', 'it', 'he', 'she', 'they', 'them', 'him',
  'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'there', 'if', 'not', 'no', 'has', 'have', 'had', 'get', 'gets', 'still',
  'himself', 'herself', 'themselves', 'itself', 'myself',
  'under', 'about', 'law', 'pakistan', 'case', 'cases', 'offence', 'offences', 'act', 'than', 'then', 'so', 'but', 'my', 'our', 'your', 'i', 'we', 'you',
  // citation furniture: "u/s 3 r/w 4", "sec.", "ss."
  'section', 'sections', 'sec', 'secs', 's', 'ss', 'u', 'us', 'r', 'w', 'rw', 'read',
]);

/**
 * Roman Urdu words of grammar (postpositions, pronouns, auxiliaries, question words): "se",
 * "ka", "ko", "hai", "kaun". Some are also English words ("bar", "par", "me", "hun"); those are
 * dropped only when the query is in Roman Urdu (see `romanUrduContext`).
 */
export const ROMAN_FUNCTION_WORDS = new Set([
  'se', 'say', 'ka', 'ki', 'ke', 'kay', 'ko', 'ne', 'nay', 'mein', 'main', 'me', 'mai', 'men', 'par', 'pe', 'per', 'aur', 'or', 'ya',
  'hai', 'hay', 'hain', 'hen', 'tha', 'thi', 'thay', 'the', 'ho', 'hota', 'hoti', 'hote', 'hun', 'hoon', 'hu', 'kya', 'kia', 'kaun', 'kon', 'koun',
  'kis', 'kisi', 'kab', 'kaise', 'kaisay', 'kahan', 'kyun', 'kyon', 'jo', 'jab', 'agar', 'to', 'tu', 'bhi', 'nahi', 'nahin', 'na', 'ek', 'aik',
  'yeh', 'ye', 'woh', 'wo', 'us', 'is', 'un', 'in', 'apne', 'apni', 'apna', 'wala', 'wali', 'wale', 'walay', 'liye', 'liay', 'lie', 'keliye',
  'kar', 'karna', 'karne', 'karnay', 'kiya', 'kiye', 'gaya', 'gayi', 'gaye', 'diya', 'di', 'de', 'dena', 'lena', 'liya', 'rakha', 'raha', 'rahi',
  'sakta', 'sakti', 'saktay', 'sakte', 'hoga', 'hogi', 'baad', 'bad', 'pehle', 'sab', 'bar', 'bohat', 'bahut', 'zaroori', 'zaruri', 'chahiye', 'kuch',
  // pronouns: "meri beti", "usay", "hamara"
  // verbs of carrying and becoming: "bacha le gaya", "Dubai la kar", "kaam karwaya gaya tha"
  'la', 'le', 'laya', 'layi', 'laye', 'lai', 'aya', 'ayi', 'gai', 'gae', 'gya', 'gyi', 'hua', 'hui', 'hue', 'huay', 'rahe', 'jata', 'jati', 'jate', 'jaye',
  'tak', 'sath', 'saath', 'phir', 'lekin', 'magar',
  'mera', 'meri', 'mere', 'meray', 'hamara', 'hamari', 'hamare', 'tera', 'teri', 'tere', 'uska', 'uski', 'uske', 'unka', 'unki', 'unke', 'usay', 'unhon', 'unhein',
]);

/** Urdu words of grammar: "کو", "سے", "کی", "نے", "میں", "ہے". */
export const URDU_FUNCTION_WORDS = new Set([
  'کو', 'سے', 'کا', 'کی', 'کے', 'نے', 'میں', 'پر', 'اور', 'یا', 'ہے', 'ہیں', 'تھا', 'تھی', 'تھے', 'کیا', 'کون', 'کس', 'کب', 'کیسے', 'جو', 'جب',
  'اگر', 'تو', 'بھی', 'نہیں', 'نہ', 'ایک', 'یہ', 'وہ', 'اس', 'ان', 'اپنے', 'اپنی', 'والا', 'والی', 'والے', 'لیے', 'لئے', 'کر', 'کرنا', 'کرنے',
  'گیا', 'گئی', 'گئے', 'دیا', 'لیا', 'ہو', 'ہوتا', 'ہوتی', 'سکتا', 'سکتی', 'کہ', 'بعد', 'پہلے', 'سب', 'کوئی', 'کسی', 'ہوں', 'دینا', 'لینا',
  'میرا', 'میری', 'میرے', 'ہمارا', 'ہماری', 'ہمارے', 'اسکی', 'اسے', 'انہوں',
  // as the Roman list: "with", "until", "then", "but", the verbs of carrying and becoming, the future's endings
  'ساتھ', 'تک', 'پھر', 'لیکن', 'مگر', 'لے', 'لا', 'لایا', 'آیا', 'آئی', 'ہوا', 'ہوئی', 'ہوئے', 'رہا', 'رہی', 'رہے', 'جاتا', 'جاتی', 'جاتے',
  'جائے', 'گا', 'گی', 'گے', 'ہوگا', 'ہوگی', 'سی', 'سا', 'کریں', 'کرے', 'کرتا', 'کرتی', 'کرتے', 'تاکہ', 'اسکا', 'اسکے', 'انکا', 'انکی', 'انکے',
]);

/** Plurals the stemmer cannot see: "children" finds what "child" finds. */
export const IRREGULAR: Record<string, string> = {
  children: 'child', women: 'woman', men: 'man', people: 'persons', wives: 'wife',
};

/**
 * Spellings readers use that the statutes spell otherwise ("organised", "labor", "harbor"):
 * Pagefind matches spellings exactly.
 */
export const SPELLINGS: Record<string, string> = {
  organised: 'organized', organisation: 'organization', organisations: 'organizations',
  criminalisation: 'criminalization', criminalise: 'criminalize', criminalised: 'criminalized',
  labor: 'labour', laborer: 'labourer', laborers: 'labourers', harbor: 'harbour', harbors: 'harbours',
  harbored: 'harboured', harboring: 'harbouring', authorized: 'authorised', recognised: 'recognized',
  defense: 'defence', offense: 'offence', offenses: 'offences', program: 'programme', programs: 'programmes',
  cognisable: 'cognizable', cognisance: 'cognizance',
};

export type Vocabulary = Map<string, number>;

export type FormRule = 'as-typed' | 'spelling' | 'irregular-plural' | 'plural' | 'hyphen' | 'split' | 'partial';

/**
 * The form of an English word the library uses, by the first rule that finds it:
 * as typed; the statutes' spelling ("labor" -> "labour"); an irregular plural ("children" -> "child");
 * a regular plural whose singular the library uses ("kidnappings" -> "kidnapping");
 * a hyphen put in or taken out ("nonbailable" -> "non-bailable", "vigilance-committees" ->
 * "vigilance committees"); two words run together ("gangrape" -> "gang rape"); a word cut short
 * ("kidnappi" -> "kidnapping", five letters or more, the most used completion). Returns the
 * words to search (one or two) and the rule, or undefined when no form is in the vocabulary.
 */
export function wordForm(word: string, vocab: Vocabulary): { words: string[]; rule: FormRule } | undefined {
  const w = word.toLowerCase();
  const has = (x: string) => vocab.has(x);
  // An irregular plural is searched as its singular even where the statutes use it: "children"
  // is in a few provisions, "child" in the child offences.
  if (IRREGULAR[w]) return { words: [IRREGULAR[w]], rule: 'irregular-plural' };
  if (has(w) || /^\d/.test(w)) return { words: [w], rule: 'as-typed' };
  if (SPELLINGS[w]) return { words: [SPELLINGS[w]], rule: 'spelling' };
  for (const [suffix, repl] of [['ies', 'y'], ['es', ''], ['s', '']] as const) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) {
      const single = w.slice(0, -suffix.length) + repl;
      if (has(single)) return { words: [single], rule: 'plural' };
    }
  }
  if (w.includes('-')) {
    const joined = w.replace(/-/g, '');
    if (has(joined)) return { words: [joined], rule: 'hyphen' };
    const parts = w.split('-').filter(Boolean);
    const forms = parts.map((p) => wordForm(p, vocab));
    if (forms.every(Boolean)) return { words: forms.flatMap((f) => f!.words), rule: 'hyphen' };
  } else {
    for (let i = 2; i <= w.length - 2; i++) {
      const hyphened = `${w.slice(0, i)}-${w.slice(i)}`;
      if (has(hyphened)) return { words: [hyphened], rule: 'hyphen' };
    }
    // Parts of four letters or more: "ransome" is a slip of "ransom", not "ran some".
    for (let i = 4; i <= w.length - 4; i++) {
      const a = w.slice(0, i), b = w.slice(i);
      if (has(a) && has(b) && (vocab.get(a) ?? 0) > 1 && (vocab.get(b) ?? 0) > 1) return { words: [a, b], rule: 'split' };
    }
  }
  if (w.length >= 5) {
    let best: [string, number] | undefined;
    for (const [v, n] of vocab) if (v.startsWith(w) && !v.includes('-') && (!best || n > best[1])) best = [v, n];
    if (best) return { words: [best[0]], rule: 'partial' };
  }
  return undefined;
}

/**
 * Two query words the library writes as one hyphenated word ("non bailable" -> "non-bailable",
 * "non violent" -> "nonviolent"): the joined form, or undefined.
 */
export function joinPair(a: string, b: string, vocab: Vocabulary) {
  if (vocab.has(a) && vocab.has(b) && !['non', 'anti', 'co', 'sub', 'pre', 'un', 'in', 'self'].includes(a)) return undefined;
  if (vocab.has(`${a}-${b}`)) return `${a}-${b}`;
  if (vocab.has(`${a}${b}`)) return `${a}${b}`;
  return undefined;
}
