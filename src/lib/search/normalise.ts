// Text as the search compares it: Urdu letters in one form, Roman Urdu by its sound, words split
// the way readers type them. Pure; no DOM.

/** Arabic-script diacritics (zer, zabar, pesh, tashdid, jazm, khari zabar…) and the tatweel. */
const URDU_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F]/g;

/**
 * One spelling for the letters Urdu is typed with in several code points: Arabic yeh/kaf/heh
 * (ي ك ه ة) as Urdu ی ک ہ; alef with hamza or madda as alef; a final hamza dropped ("اغواء" = "اغوا").
 */
export function normaliseUrdu(s: string) {
  return s
    .normalize('NFC')
    .replace(URDU_MARKS, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[هة]/g, 'ہ')
    .replace(/ۀ/g, 'ہ')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ء(?=\s|$)/g, '')
    .replace(/ۓ/g, 'ے')
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

export const isUrdu = (w: string) => /[\u0600-\u06FF]/.test(w);

/**
 * The words of a query: lower case, Urdu normalised, possessives dropped ("father's" -> "father"),
 * hyphens inside words kept ("non-bailable"), other punctuation a break. Urdu's own comma and
 * full stop (، ۔) split words too.
 */
export function tokens(raw: string): string[] {
  return typedTokens(raw).map((w) => w.toLowerCase());
}

/** The words of tokens(raw) as typed, their capitals kept (tokens(raw)[i] is typedTokens(raw)[i] in lower case). */
export function typedTokens(raw: string): string[] {
  return normaliseUrdu(raw)
    .replace(/[’‘`]/g, "'")
    .replace(/(\p{L})'[sS]\b/gu, '$1')
    // An apostrophe inside a Roman Urdu word is a sound mark ("bad-fe'li", "ja'li"): one word. Not
    // an English contraction's ("didn't", "they're", "we'll"), whose ending stays a word of its own.
    .replace(/(\p{L})'(?=\p{L}{2})(?!(?:re|ve|ll)\b)/giu, '$1')
    // Roman Urdu izafat written with hyphens ("bara-e-tawan", "habs-e-beja") is read as words.
    .replace(/(\p{L})-[eE]-(?=\p{L})/gu, '$1 e ')
    .split(/[^\p{L}\p{N}\p{M}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/**
 * A Roman Urdu word by its sound, so that the ways one word is spelt meet: "zayadti", "ziadti" and
 * "ziyadti" -> "zydt"-like keys agree; "bheekh"/"bheek", "peshgee"/"peshgi", "aghwa"/"agwa".
 * Aspirate h after a consonant, doubled letters, the q/k, w/v, z/j… pairs and the vowels (other
 * than a leading one) are dropped or merged.
 */
export function romanKey(w: string) {
  // Memoised: glossary matching asks for the same words' keys once per phrase of the glossary,
  // which made a query of unknown words block the page (issue 13).
  const known = romanKeys.get(w);
  if (known !== undefined) return known;
  const key = computeRomanKey(w);
  if (romanKeys.size > 20_000) romanKeys.clear();
  romanKeys.set(w, key);
  return key;
}
const romanKeys = new Map<string, string>();

function computeRomanKey(w: string) {
  // A final h after a vowel is not sounded: "aghwah" = "aghwa".
  let s = w.toLowerCase().replace(/[^a-z]/g, '').replace(/([aeiou])h$/, '$1');
  s = s.replace(/([bcdgjkpt])h/g, '$1').replace(/q/g, 'k').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/x/g, 'ks');
  s = s.replace(/(.)\1+/g, '$1');
  const first = s[0] ?? '';
  return first + s.slice(1).replace(/[aeiouy]/g, '');
}
