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
  // A footnote inserting the whole section is not "earlier wording": insertionOn says it did not exist.
  const all = footnotes.filter((f) => !(f as { opens?: boolean }).opens).flatMap(amendmentsIn);
  const year = date ? Number(date.slice(0, 4)) : null;
  const relevant = all.filter((a) => (year === null ? a.year >= sinceYear : a.year >= year));
  if (!relevant.length) return null;
  const acts = [...new Map(relevant.map((a) => [a.act, a])).values()].sort((a, b) => a.year - b.year);
  const quoted = [...new Set(relevant.map((a) => `“${a.footnote.trim()}”`))].join('; ');
  return `${section} was changed by ${acts.map((a) => a.act).join(' and ')} (footnotes: ${quoted}). Conduct before ${acts.length > 1 ? 'those Acts' : 'that Act'} commenced may fall under earlier wording, which this library does not hold.`;
}

export interface Insertion { state: 'not-in-force' | 'uncertain'; text: string }

/**
 * Whether a section inserted by a later Act existed on `date` (ISO). In: the section's footnotes,
 * `opens` marking one whose bracket encloses the whole section ("Ins. by Act X of 2016", "S. 364A
 * ins. by …", "Sub-section (2) added by …"). Out: 'not-in-force' when the inserting Act's year is
 * after the date's year (the section did not exist then); 'uncertain' when it is the same year
 * (the footnote gives no commencement date) or a two-digit year ("Act VI of 06") leaves the
 * century open across the date; null when it was in force or no insertion is recorded.
 */
export function insertionOn(section: string, footnotes: { id: string; text: string; opens?: boolean }[], date?: string | null): Insertion | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  for (const f of footnotes.filter((x) => x.opens && /\bins\.|\binserted\b|\badded\b/i.test(x.text))) {
    const own = f.text.replace(/\s*\[Editorial:.*$/, '').trim();
    const acts = amendmentsIn(f);
    const short = /\b((?:Act|Ord\.?|Ordinance)\.?\s*[IVXLC]+\s+of\s+(\d{2}))\b(?!\d)/.exec(f.text);
    if (acts.length) {
      const a = acts[0];
      if (a.year > year) return { state: 'not-in-force', text: `${section} was not in force on ${date}: it was inserted by ${a.act} (footnote: “${own}”), so it did not exist then.` };
      if (a.year === year) return { state: 'uncertain', text: `${section} was inserted by ${a.act} (footnote: “${own}”); the footnote gives no commencement date, so whether it was in force on ${date} is not confirmed.` };
    } else if (short) {
      const yy = Number(short[2]);
      const [early, late] = [1900 + yy, 2000 + yy];
      if (early > year) return { state: 'not-in-force', text: `${section} was not in force on ${date}: it was inserted by ${short[1].replace(/\s+/g, ' ')} (footnote: “${own}”), after that date.` };
      if (late >= year) return { state: 'uncertain', text: `${section} was inserted by ${short[1].replace(/\s+/g, ' ')} (footnote: “${own}”); the footnote gives the year as “${short[2]}” and no commencement date, so whether it was in force on ${date} is not confirmed.` };
    }
  }
  return null;
}
