// Fidelity compares text "normalised for white space and typography": a curly quote and a
// straight one, or an em dash and a hyphen, are the same word; every letter still counts.
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u2009\u200A\u202F]+/g, ' ')
    .trim();
}

/** Where two normalised texts first part, with a little context: for test failure messages. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return `at character ${i}: source "…${a.slice(from, i + 40)}…" but site "…${b.slice(from, i + 40)}…"`;
}
