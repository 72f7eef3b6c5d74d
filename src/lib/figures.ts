// Figures of a penalty (terms of years, sums of rupees) and how the statutes word them: "ten
// years", "one year", "twenty-five years", "one million rupees", "three hundred and fifty]
// thousands rupees" (Punjab print), "rupees five hundred thousand" (CrPC Schedule II), "7 years".
// Pure functions, used by the figure-tracing test: every number the offences data records must
// be found in the words of the provision it is read from.

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Array<[number, string]> = [[1_000_000_000, 'billion'], [1_000_000, 'million'], [1000, 'thousand']];

function below100(n: number): string {
  if (n < 20) return ONES[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return below100(r);
  return `${ONES[h]} hundred${r ? ` and ${below100(r)}` : ''}`;
}

/**
 * A whole number in words, in the statutes' (British) style: 14 -> "fourteen", 25 ->
 * "twenty-five", 350000 -> "three hundred and fifty thousand", 500000 -> "five hundred
 * thousand", 1000000 -> "one million", 10000000 -> "ten million".
 */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`numberToWords: ${n} is not a whole number`);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [value, name] of SCALES) {
    if (rest >= value) {
      parts.push(`${below1000(Math.floor(rest / value))} ${name}`);
      rest %= value;
    }
  }
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}

/**
 * Text as the figure checks read it: footnote markers and brackets gone, white space single, and
 * Unicode NFC (so the GREEK QUESTION MARK that the federal Bonded Labour print has for ";", a
 * PDF font artefact, equals ";", its canonical equivalent).
 */
export function plainForFigures(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\{[A-Z]\d+\}/g, '')
    .replace(/[[\]]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousands?|millions?|billions?)';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source matching n in words (with or without "and", "thousand(s)", "twenty-five" or "twenty five") or in figures (7, 500000, 500,000, 5,00,000). */
export function numberPattern(n: number): string {
  const words = numberToWords(n)
    .split(' ')
    .map((w) => {
      if (w === 'and') return '(?:and\\s+)?';
      if (w === 'thousand' || w === 'million' || w === 'billion') return `${w}s?\\s+`;
      return `${w.split('-').map(esc).join('[-\\s]')}\\s+`;
    })
    .join('')
    .replace(/\\s\+$/, '');
  const digits = String(n);
  const western = n.toLocaleString('en-US');
  // Indian grouping: last three digits, then pairs (5,00,000).
  const indian = digits.length > 3 ? `${digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${digits.slice(-3)}` : digits;
  const alts = [...new Set([words, esc(digits), esc(western), esc(indian)])];
  return `(?:${alts.join('|')})`;
}

/**
 * Whether `text` states the figure n of the unit: "fourteen years", "one year", "7 years",
 * "two million rupees", "ten] million rupee", "rupees five hundred thousand", "Rs 500,000".
 * Markers and brackets are ignored; a number inside a longer one ("five" in "twenty-five") is not
 * taken for it.
 */
export function findsFigure(text: string, n: number, unit: 'years' | 'rupees'): boolean {
  const t = plainForFigures(text);
  const num = numberPattern(n);
  // Not the tail of a longer number ("fifty" in "three hundred and fifty", "five" in
  // "twenty-five", "500,000" in "1,500,000"), nor the head of one ("twenty" in "twenty-five").
  const before = `(?<![\\w-]|\\d,|\\b${NUM_WORD}[\\s-]+(?:and\\s+)?)`;
  const after = '(?![\\w]|-[a-z]|[,.]\\d)';
  const res = unit === 'years'
    ? [`${before}${num}\\s+years?\\b`]
    : [`${before}${num}\\s+rupees?\\b`, `\\brupees?\\s+${num}${after}`, `\\bRs\\.?\\s*${num}${after}`];
  return res.some((r) => new RegExp(r, 'i').test(t));
}


/**
 * The year and rupee figures a text states, as worded: "ten years", "one million rupees",
 * "three hundred and fifty thousands rupees" (markers and brackets removed first).
 */
export function extractFigures(text: string): string[] {
  const t = plainForFigures(text);
  const re = new RegExp(`(?<![\\w-])(?:${NUM_WORD}(?:(?:[\\s-]+and)?[\\s-]+${NUM_WORD})*|\\d[\\d,]*)\\s+(?:years?|rupees?)\\b`, 'gi');
  return [...t.matchAll(re)].map((m) => m[0]);
}

/** The value of a figure as worded ("three hundred and fifty thousands rupees" -> 350000), and its unit. */
export function figureValue(figure: string): { value: number; unit: 'years' | 'rupees' } {
  const m = /^(.*?)\s+(years?|rupees?)$/i.exec(plainForFigures(figure));
  if (!m) throw new Error(`"${figure}" is not a figure of years or rupees`);
  const unit = /^year/i.test(m[2]) ? 'years' : 'rupees';
  const words = m[1].toLowerCase();
  if (/^[\d,]+$/.test(words)) return { value: Number(words.replace(/,/g, '')), unit };
  let total = 0;
  let current = 0;
  for (const w of words.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const small = ONES.indexOf(w);
    const tens = TENS.indexOf(w);
    if (small >= 0) current += small;
    else if (tens >= 2) current += tens * 10;
    else if (w === 'hundred') current *= 100;
    else if (/^thousands?$/.test(w)) { total += current * 1000; current = 0; }
    else if (/^millions?$/.test(w)) { total += current * 1_000_000; current = 0; }
    else if (/^billions?$/.test(w)) { total += current * 1_000_000_000; current = 0; }
    else throw new Error(`"${figure}": cannot read the word "${w}"`);
  }
  return { value: total + current, unit };
}
