// Penal Code sections carry their amendment history in footnotes ("Ins. by Act LVI of 2021",
// "Subs. by Act XXVII of 2018"). The library holds the wording as consolidated in 2025 only, so a
// row read from a section changed by a later Act must say that earlier conduct may fall under
// earlier wording that is not held.

export interface FootnoteAmendment { act: string; year: number; footnote: string }

const ACT = /\b((?:Act|Ordinance|Ord\.)\s*(?:No\.\s*)?[IVXLC]+\s+of\s+(\d{4}))/g;
const NUMBERED = /\((\d+)\s+of\s+(\d{4})\)/g;

/** The amending Acts a footnote names, with their years: "Ins. by Act LVI of 2021, ss.3 & 4." -> Act LVI of 2021. */
export function amendmentsIn(footnote: { id: string; text: string }): FootnoteAmendment[] {
  const out: FootnoteAmendment[] = [];
  for (const m of footnote.text.matchAll(ACT)) out.push({ act: m[1].replace(/\s+/g, ' '), year: Number(m[2]), footnote: footnote.text });
  if (!out.length) for (const m of footnote.text.matchAll(NUMBERED)) out.push({ act: `${m[1]} of ${m[2]}`, year: Number(m[2]), footnote: footnote.text });
  return out;
}

/**
 * The warning for a row read from a section whose footnotes name amending Acts: with no date, for
 * Acts of `sinceYear` or later; with a date, for every Act not earlier than the date's year (its
 * commencement date is not in the footnote). Null when none applies.
 */
export function earlierWordingWarning(section: string, footnotes: { id: string; text: string }[], date?: string | null, sinceYear = 2018): string | null {
  const all = footnotes.flatMap(amendmentsIn);
  const year = date ? Number(date.slice(0, 4)) : null;
  const relevant = all.filter((a) => (year === null ? a.year >= sinceYear : a.year >= year));
  if (!relevant.length) return null;
  const acts = [...new Map(relevant.map((a) => [a.act, a])).values()].sort((a, b) => a.year - b.year);
  const quoted = [...new Set(relevant.map((a) => `“${a.footnote.trim()}”`))].join('; ');
  return `${section} was changed by ${acts.map((a) => a.act).join(' and ')} (footnotes: ${quoted}). Conduct before ${acts.length > 1 ? 'those Acts' : 'that Act'} commenced may fall under earlier wording, which this library does not hold.`;
}
