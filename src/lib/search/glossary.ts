// The glossary (content/glossary/) as the search uses it: which terms a query names, in English,
// Urdu or Roman Urdu spellings, and how strongly each provision is pointed to. Pure.
import { normaliseUrdu, romanKey, tokens, isUrdu } from './normalise.ts';
import { editDistance } from './spelling.ts';

/** One glossary term, as content/glossary/<id>.yaml holds it (src/schemas/glossary.ts). */
export interface GlossaryTerm {
  id: string;
  term: string;
  english: string[];
  urdu: string[];
  roman: string[];
  descriptions: string[];
  /** Facts and questions as readers tell them: search words only. */
  told?: string[];
  /** "<act id>/<number>", current texts, most direct first. */
  provisions: string[];
  /** Provisions the term is the common name of. */
  names: string[];
  /** A facet the law turns on (child, woman, punishment): matched even inside another term's longer phrase. */
  facet?: boolean;
  note?: string;
}

export type PhraseKind = 'english' | 'urdu' | 'roman';
interface Phrase { words: string[]; kind: PhraseKind; term: number }

export interface GlossaryIndex { terms: GlossaryTerm[]; phrases: Phrase[] }

/**
 * The Punjab Bonded Labour Act is the federal Act as amended for the Punjab, section for
 * section: a term that leads to "blsa-1992/11" leads to "blsa-1992-punjab/11" too, where the
 * Punjab text has that section.
 */
export function withParallelTexts(refs: string[], has: (ref: string) => boolean) {
  const out: string[] = [];
  for (const r of refs) {
    out.push(r);
    const punjab = r.replace(/^blsa-1992\//, 'blsa-1992-punjab/');
    if (punjab !== r && has(punjab) && !refs.includes(punjab)) out.push(punjab);
  }
  return out;
}

/**
 * The phrases of every term, longest first (so "aghwa baraye tawan" wins over "aghwa"). With
 * `english` false only the Urdu and Roman spellings are phrases (the lexicon's terms are its English).
 */
export function glossaryIndex(terms: GlossaryTerm[], english = true): GlossaryIndex {
  const phrases: Phrase[] = [];
  terms.forEach((t, term) => {
    const add = (text: string, kind: PhraseKind) => {
      const words = tokens(kind === 'urdu' ? normaliseUrdu(text) : text);
      if (words.length) phrases.push({ words, kind, term });
    };
    // A term of several parts ("Bail; bailable and non-bailable") is matched by each part.
    if (english) for (const e of [...t.term.split(/;\s*/), ...t.english]) add(e.replace(/\s*\([^)]*\)/g, ''), 'english');
    for (const u of t.urdu) add(u, 'urdu');
    for (const r of t.roman) add(r, 'roman');
  });
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { terms, phrases };
}

/** English words the glossary should not match on their own: they would point everywhere. */
const WEAK_ENGLISH = new Set(['act', 'law', 'court', 'fine', 'police', 'meaning', 'defined', 'advance', 'debt', 'loan', 'sentence', 'penalty', 'jail', 'girl', 'girls', 'minor', 'victims', 'victim', 'rules', 'savings']);

/**
 * Whether a typed word is a glossary word. Urdu: the same letters, or one a form of the other
 * (the longer adds at most two letters: "خریدی"/"خرید", "بچوں"/"بچے" share "بچ" only and do not).
 * Roman Urdu: the same, or, in words of five letters or more, the same sound (romanKey) within
 * two edits ("zayadti"/"ziadti"; one where either word is under six letters).
 * English: the same, or the same beginning ("trafficked"/"trafficking": all but the last three
 * letters, at least five); with `maxSlips` 0 (the lexicon's everyday English) the same or its plural only.
 */
export function sameGlossaryWord(typed: string, word: string, kind: PhraseKind, maxSlips = 2) {
  if (typed === word) return true;
  if (kind === 'urdu') {
    if (!isUrdu(typed)) return false;
    const [s, l] = typed.length <= word.length ? [typed, word] : [word, typed];
    return s.length >= 3 && l.startsWith(s) && l.length - s.length <= 2;
  }
  if (isUrdu(typed) || /\d/.test(typed)) return false;
  if (kind === 'roman') {
    // An English plural on a Roman Urdu noun ending in a vowel ("bhattas", "peshgis", "haaris"): the noun. Not on a word
    // ending as English ones do ("directors" is no plural of the Roman phrase's "director").
    if (word.length >= 4 && typed === `${word}s` && /[aeiou]$/.test(word)) return true;
    // Short words sound alike too easily ("wala"/"wali"): only words of five letters or more
    // match by sound.
    if (typed.length < 5 || word.length < 5) return false;
    // Two slips only where both words have six letters or more: "kisht" (instalment) is not
    // "kashti" (boat); "begari" is "begaar".
    // With maxSlips under 2 (the lexicon, which lists its spellings), a slip only in words of
    // seven letters or more: "tawan" (ransom) is not "tawun" (cooperation), nor "chalane" "chalan".
    if (maxSlips < 2 && Math.min(typed.length, word.length) < 7) return false;
    const slips = Math.min(maxSlips, Math.min(typed.length, word.length) >= 6 ? 2 : 1);
    const key = romanKey(typed);
    if (key !== romanKey(word) || editDistance(typed, word, slips) > slips) return false;
    // A key of one or two consonants is shared by unrelated words ("becha" sell / "bacha"
    // child: "bc"): there the vowels must agree too, only h and doubled letters may differ.
    const soft = (x: string) => x.replace(/h/g, '').replace(/(.)\1+/g, '$1');
    return key.length >= 3 || soft(typed) === soft(word);
  }
  // With no slips allowed (the lexicon's everyday English, which lists its inflections) a plural only.
  if (maxSlips === 0) return typed === `${word}s` || typed === `${word}es`;
  // "his will" is "her will" and "their will": a phrase's pronoun stands for any person.
  if (PRONOUNS.has(typed) && PRONOUNS.has(word)) return true;
  const k = Math.max(5, word.length - 3);
  if (typed.length >= k && word.length >= k && typed.slice(0, k) === word.slice(0, k) && sameStem(typed, word)) return true;
  // Short stems and a dropped e: "rapes"/"raped", "abusing"/"abused", "lures"/"lured", "bonded"/"bond".
  const a = englishStem(typed), b = englishStem(word);
  return a === b && a.length >= 3 && Math.min(typed.length, word.length) >= 4;
}

/** Words a phrase holds that a reader may leave out or say otherwise: articles and possessives. */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** A phrase's word for the person wronged, and the nouns a story names that person by ("the girl he exploited"). */
const VICTIM_WORDS = new Set(['victim', 'victims']);
// Only a victim a phrase acts on: after an article or a preposition ("pay the victim", "money to victim"), not
// "child victim", which says who the victim is.
// Not "against" ("case against the boy" may be his own theft), nor a worker or a relation ("pay the maid" is wages).
const VICTIM_AFTER = new Set(['the', 'a', 'to', 'of', 'for', 'on']);
const VICTIM_NOUNS = new Set(['girl', 'girls', 'boy', 'boys', 'woman', 'women', 'child', 'children', 'minor', 'minors', 'kid', 'kids']);

/** Possessive and object pronouns, one for another in a phrase ("against his will"). */
const PRONOUNS = new Set(['his', 'her', 'their', 'its', 'him', 'them']);

/**
 * An English word without its regular ending, a final e and a doubled last consonant: "raped",
 * "rapes", "rape" -> "rap"; "abusing" -> "abus"; "kidnapping" -> "kidnap"; "bonded" -> "bond".
 * In: a lower-case word; out: its stem (the word itself when nothing comes off). For matching only.
 */
export function englishStem(w: string) {
  let s = w.replace(/(?:ings|ing|ed|es|s)$/, '');
  if (s.length < 3) s = w;
  s = s.replace(/e$/, '');
  return s.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** Endings English adds to a stem: "kidnapp-ing", "abduct-ion", "smuggl-er", "child-ren". */
const ENDING = /^(?:|s|es|ed|d|ing|ings|er|ers|or|ors|ion|ions|ation|ations|ment|ments|ly|al|e|y|ies|ied|ive|ives|ance|ence|ant|ants|ent|ee|ees|ness|ity|ure|ures|ren|age|able|ible|ic|ical)$/;

/**
 * Whether two English words are forms of one stem: what follows their common beginning is an
 * ending on both sides ("trafficked"/"trafficking", "kidnap"/"kidnapping", "traffic"/"trafficker"),
 * so "brother" is not "brothel" and "Bangladesh" is not "bangles".
 */
function sameStem(a: string, b: string) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // A doubled consonant ("kidnap-ping") or the k of "traffic-king" belongs to the ending's side.
  const tail = (x: string) => { const t = x.slice(i); return t && (t[0] === x[i - 1] || (x[i - 1] === 'c' && t[0] === 'k')) ? t.slice(1) : t; };
  return (ENDING.test(a.slice(i)) || ENDING.test(tail(a))) && (ENDING.test(b.slice(i)) || ENDING.test(tail(b)));
}

// A key that any typed word sameGlossaryWord() takes for a phrase's first word shares with it:
// English words share their first five letters (or are equal), Roman ones their sound (romanKey,
// from five letters) and Urdu ones their first three letters.
// English words are keyed by their stem's beginning as well ("rapes" opens "rape case").
const phraseKeys = new WeakMap<Phrase, string[]>();
function phraseKey(p: Phrase) {
  let k = phraseKeys.get(p);
  if (k === undefined) {
    const w = p.words[0];
    k = [p.kind === 'english' ? (w.length >= 5 ? `e:${w.slice(0, 5)}` : `w:${w}`) : p.kind === 'roman' ? (w.length >= 5 ? `r:${romanKey(w)}` : `w:${w}`) : w.length >= 3 ? `u:${w.slice(0, 3)}` : `w:${w}`];
    if (p.kind === 'english') k.push(`s:${englishStem(w).slice(0, 5)}`);
    phraseKeys.set(p, k);
  }
  return k;
}
function typedKeys(w: string) {
  const keys = [`w:${w}`, `s:${englishStem(w).slice(0, 5)}`];
  if (w.length >= 5) keys.push(`e:${w.slice(0, 5)}`, `r:${romanKey(w)}`);
  // The noun of a Roman Urdu word with an English plural ("bhattas": "bhatta").
  if (w.length >= 5 && /[aeiou]s$/.test(w)) { const n = w.slice(0, -1); keys.push(`w:${n}`, ...(n.length >= 5 ? [`r:${romanKey(n)}`] : [])); }
  if (w.length >= 3) keys.push(`u:${w.slice(0, 3)}`);
  return keys;
}

export interface GlossaryMatch {
  term: GlossaryTerm;
  kind: PhraseKind;
  /** Token positions [from, to) the phrase covers. */
  from: number;
  to: number;
  /** The words as typed. */
  typed: string;
  /** Every word as the phrase spells it (no sound match, no other form). */
  exact?: boolean;
}

/**
 * The glossary terms a query's words name, longest phrase first, each word used once. `skip`
 * marks words already read (a citation, an Act's name) or of no meaning ("se"), which may sit
 * inside a phrase ("bheek mangwana" in "bachon se bheek mangwana" needs no skipping; "aghwa
 * baraye tawan" may be typed "aghwa ke baraye tawan"). A lone weak English word ("court",
 * "fine") does not name a term. `maxSlips`: the most slips a Roman word may have (sameGlossaryWord).
 */
export function matchGlossary(words: string[], index: GlossaryIndex, skip: (i: number) => boolean = () => false, maxSlips = 2): GlossaryMatch[] {
  // Words taken by a longer phrase; a phrase of the same length may share them (an ambiguous
  // word names every term it belongs to: "prosecuted" for victims of trafficking and for migrants).
  const used = new Map<number, number>();
  const out: GlossaryMatch[] = [];
  const taken = (i: number, len: number) => (used.get(i) ?? 0) > len;
  // Where each phrase may start: only at a word that could be its first word (firstWordKeys), so
  // a long query of unknown words is not compared with every phrase at every place.
  const starts = new Map<string, number[]>();
  words.forEach((w, i) => { for (const k of typedKeys(w)) starts.set(k, [...(starts.get(k) ?? []), i]); });
  for (const p of index.phrases) {
    const status = index.terms[p.term].facet === true;
    for (const i of [...new Set(phraseKey(p).flatMap((k) => starts.get(k) ?? []))].sort((a, b) => a - b)) {
      // A phrase may open with a grammar word that is its own ("ان کیمرہ سماعت"), never with another.
      if ((!status && taken(i, p.words.length)) || (skip(i) && words[i] !== p.words[0])) continue;
      let j = i, k = 0;
      const at: number[] = [];
      while (j < words.length && k < p.words.length) {
        if (!status && taken(j, p.words.length)) break;
        if (sameGlossaryWord(words[j], p.words[k], p.kind, maxSlips) && (k > 0 || j === i)) { at.push(j); j++; k++; continue; }
        // "pay the victim" is "pay the girl": a victim a phrase acts on stands for the person a story names
        // (not a phrase's first word: "victim threatened" is no "girl threatened", which tells the offence).
        if (k > 0 && p.kind === 'english' && VICTIM_WORDS.has(p.words[k]) && VICTIM_AFTER.has(p.words[k - 1]) && !p.words.slice(0, k).includes('against') && VICTIM_NOUNS.has(words[j])) { at.push(j); j++; k++; continue; }
        if (k > 0 && skip(j)) { j++; continue; }
        // An article or a pronoun inside a phrase may be left out or typed otherwise ("until they repay a … advance").
        if (k > 0 && k < p.words.length - 1 && ARTICLES.has(p.words[k])) { k++; continue; }
        break;
      }
      if (k < p.words.length) continue;
      if (p.kind === 'english' && p.words.length === 1 && WEAK_ENGLISH.has(p.words[0])) continue;
      const term = index.terms[p.term];
      const exact = at.every((a, k) => words[a] === p.words[k]);
      const same = out.find((m) => m.term === term && m.from === i);
      if (same) { if (exact && same.to === j) same.exact = true; continue; }
      for (const a of at) used.set(a, Math.max(used.get(a) ?? 0, p.words.length));
      out.push({ term, kind: p.kind, from: i, to: j, typed: at.map((a) => words[a]).join(' '), exact });
    }
  }
  // A word spelt exactly as one term spells it is not also read as another term's near spelling
  // ("tawaan" is ransom, listed so; not "taawun", cooperation, by sound).
  const exactAt = new Set(out.filter((m) => m.exact).map((m) => `${m.from}-${m.to}`));
  return out.filter((m) => m.exact || !exactAt.has(`${m.from}-${m.to}`)).sort((a, b) => a.from - b.from);
}

/**
 * Terms whose phrase the query holds word for word but apart: "8 saal ki bachi … utha kar le
 * gaya" searches "child" and "kidnapping", so "child kidnapping"; "peshgi ke 3 lakh … wapis
 * karna" holds "peshgi wapis". Phrases of two words or more, grammar words aside; each word
 * matched as sameGlossaryWord() matches its kind (Roman Urdu with one slip at most; Urdu as spelt). In: the query's tokens, the English words it searches, the index, the
 * terms already matched, grammar words; out: one match per further term (from/to 0: no span).
 */
export function termsApart(typed: string[], english: string[], index: GlossaryIndex, matched: GlossaryMatch[], grammar: (w: string) => boolean): GlossaryMatch[] {
  const have = new Set(matched.map((m) => m.term));
  const out: GlossaryMatch[] = [];
  const pool = { english: [...new Set([...english, ...typed])], roman: typed, urdu: typed.map(normaliseUrdu) };
  for (const p of index.phrases) {
    const term = index.terms[p.term];
    if (have.has(term)) continue;
    const words = p.words.filter((w) => !grammar(w));
    if (words.length < 2) continue;
    // Urdu words apart match as spelt: its stems are shared too freely ("ملک", "ملکی").
    if (words.every((w) => pool[p.kind].some((e) => (p.kind === 'urdu' ? e === w : sameGlossaryWord(e, w, p.kind, 1))))) {
      have.add(term);
      out.push({ term, kind: p.kind, from: 0, to: 0, typed: words.join(' ') });
    }
  }
  return out;
}

/**
 * The law an Act id or a provision reference ("blsa-1992-punjab/11") belongs to: the federal Bonded Labour Act and its
 * Punjab text are one law (the Punjab text is the 1992 Act as Punjab amended it), so both give "blsa-1992".
 */
export const lawFamily = (ref: string) => ref.split('/')[0].replace(/-punjab$/, '');

/** How hard a term points when a narrower term of the query names another provision of its law. */
export const CONTEXT_WEIGHT = 0.5;

/**
 * How strongly the matched terms point to each provision ("<act>/<number>" -> weight). A term
 * points hardest at the provisions it is the common name of (1), then at the others (0.5),
 * each less the further down its list (×0.85 per place); a term that leads to many provisions
 * ("child", "victim") points less at each (÷√n). A provision several terms point to adds them up.
 *
 * With `facts` (a story or a question) the specific provision goes before the general one, as the
 * law applies it: a term is context, pointing at CONTEXT_WEIGHT, when a narrower term of the query
 * (one leading to fewer provisions) names another provision of the same law that tells what was
 * done or how the victim is treated (`telling`: an offence or a protection, not an officer's
 * duty) — "trafficked" beside "victim charged": PTPA s. 6 before s. 3 (`others`: further terms of the
 * query, weighed apart, that may be the narrower one); and a term that names no
 * provision ("punishment", "child") points at CONTEXT_WEIGHT too: it describes, it does not name.
 */
export function provisionPriors(matches: GlossaryMatch[], has: (ref: string) => boolean = () => false, facts = false, telling: (ref: string) => boolean = () => true, others: GlossaryTerm[] = []): Map<string, number> {
  const prior = new Map<string, number>();
  const terms = [...new Map(matches.map((m) => [m.term.id, m.term])).values()];
  const all = [...terms, ...others];
  // A term the query names in a phrase of several words is not made context by a term held apart.
  const phrased = new Set(matches.filter((m) => m.typed.trim().split(/\s+/).length > 1).map((m) => m.term.id));
  for (const term of terms) {
    const refs = withParallelTexts(term.provisions, has);
    const direct = term.provisions.length;
    const narrower = facts && term.names.length > 0 && (phrased.has(term.id) ? terms : all).some((o) => o.id !== term.id && o.provisions.length < direct
      && o.names.some((r) => !term.names.includes(r) && telling(r) && term.names.some((n) => lawFamily(n) === lawFamily(r))));
    const weight = narrower || (facts && !term.names.length) ? CONTEXT_WEIGHT : 1;
    for (const ref of refs) {
      const base = ref.replace(/^blsa-1992-punjab\//, 'blsa-1992/');
      const i = term.provisions.indexOf(base);
      prior.set(ref, (prior.get(ref) ?? 0) + weight * (term.names.includes(base) ? 1 : 0.5) * 0.85 ** Math.max(0, i) / Math.sqrt(direct));
    }
  }
  return prior;
}

/** Every glossary term that leads to a provision: for the provision page's hidden search words. */
export function termsFor(terms: GlossaryTerm[], ref: string) {
  const base = ref.replace(/^blsa-1992-punjab\//, 'blsa-1992/');
  return terms.filter((t) => t.provisions.includes(base));
}

/**
 * Which law the query is about, from its glossary terms: for each Act, the weighted average over
 * the matched terms of the share of the term's pointing that goes to that Act (0–1). "bonded labour"
 * + "bailable" is about the Bonded Labour Act, though "bailable" alone points at three Acts.
 * `weight` says how much a term counts (1 by default): the caller counts a term that names an
 * offence double, for the offence decides which Act's procedure applies ("human smuggling" +
 * "bailable" + "complainant": the smuggling Act's bail, not the trafficking Act's).
 * Empty when fewer than two terms match.
 */
export function actAffinity(matches: GlossaryMatch[], weight: (t: GlossaryTerm) => number = () => 1): Map<string, number> {
  const terms = [...new Map(matches.map((m) => [m.term.id, m.term])).values()];
  const out = new Map<string, number>();
  if (terms.length < 2) return out;
  const sum = terms.reduce((a, t) => a + weight(t), 0) || 1;
  for (const t of terms) {
    const one = provisionPriors([{ term: t, kind: 'english', from: 0, to: 0, typed: '' }]);
    const total = [...one.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [ref, w] of one) out.set(lawFamily(ref), (out.get(lawFamily(ref)) ?? 0) + (w / total) * (weight(t) / sum));
  }
  return out;
}

/**
 * The everyday words of the glossary's told facts ("factory", "night") that the library's own
 * vocabulary lacks: searched as typed (they are hidden words of the provisions), never a spelling
 * correction's target, and never a word of Roman Urdu (those are read through the glossary).
 * In: the terms and the vocabulary; out: the words, sorted.
 */
export function everydayWords(terms: Pick<GlossaryTerm, 'told' | 'roman'>[], vocabulary: { has(word: string): boolean }): string[] {
  const roman = new Set(terms.flatMap((t) => t.roman.join(' ').split(/[\s-]+/)));
  const out = new Set<string>();
  for (const t of terms) for (const x of (t.told ?? []).join(' ').toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) if (x.length >= 2 && !vocabulary.has(x) && !roman.has(x)) out.add(x);
  return [...out].sort();
}

/** A lexicon entry as /data/glossary.json carries it (src/schemas/lexicon.ts). */
export interface LexiconWord {
  english: string[];
  urdu: string[];
  roman: string[];
  /** Of `roman`, the spellings that are English words too ("lure"): read only in a Roman Urdu query. */
  alsoEnglish?: string[];
  /** A word of every page ("jurm" offence): read, never searched. */
  generic?: boolean;
  /** Everyday English for the statutes' words ("dead body" -> murdered): read in any query. */
  everyday?: string[];
}

/**
 * The lexicon (content/lexicon.yaml) indexed like the glossary, so matchGlossary() reads its
 * words and two-word expressions alike. Each entry becomes a term with no provisions: the
 * lexicon translates words, it points at nothing. In: the entries; out: an index whose terms'
 * `term` is the English to search ('' for a generic word), the Roman spellings that are English
 * words too, and `everyday`: the index of the everyday English phrases.
 */
export function lexiconIndex(entries: LexiconWord[]): GlossaryIndex & { alsoEnglish: Set<string>; everyday: GlossaryIndex } {
  // A generic word's term is empty: nothing to search.
  const terms: GlossaryTerm[] = entries.map((e, i) => ({ id: `lexicon-${i + 1}`, term: e.generic ? '' : e.english.join(' '), english: [], urdu: e.urdu, roman: e.roman, descriptions: [], provisions: [], names: [] }));
  // Everyday English phrases, matched as spelt or plural (matchGlossary with no slips).
  const everyday: Phrase[] = entries.flatMap((e, term) => (e.everyday ?? []).map((x) => ({ words: tokens(x), kind: 'english' as const, term }))).filter((p) => p.words.length);
  everyday.sort((a, b) => b.words.length - a.words.length);
  return { ...glossaryIndex(terms, false), alsoEnglish: new Set(entries.flatMap((e) => e.alsoEnglish ?? [])), everyday: { terms, phrases: everyday } };
}

/**
 * The lexicon's entries as the search reads them: each with the Roman spellings that are English
 * words too (`english`, a set of English words) marked `alsoEnglish`, and `generic` kept only
 * where true. For /data/glossary.json and the tests' vocabulary alike.
 */
export function lexiconWords(entries: { english: string[]; urdu?: string[]; roman?: string[]; generic?: boolean; everyday?: string[] }[], english: Set<string>): LexiconWord[] {
  return entries.map(({ english: en, urdu = [], roman = [], generic, everyday = [] }) => ({ english: en, urdu, roman, alsoEnglish: roman.filter((r) => english.has(r)), ...(generic ? { generic } : {}), ...(everyday.length ? { everyday } : {}) }));
}

/**
 * The lexicon's English words no text of the library uses (they would find nothing), each as a
 * message naming the file, the entry (its place in the list, from 1) and the word. In: the
 * entries with their place; out: [] when all are library words.
 */
export function lexiconStrays(entries: { entry: number; english: string[] }[], vocabulary: { has(word: string): boolean }): string[] {
  return entries.flatMap((e) => e.english.filter((w) => !vocabulary.has(w)).map((w) => `content/lexicon.yaml entry ${e.entry}, english: "${w}" is no word of the library's texts`));
}
