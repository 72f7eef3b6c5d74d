// Amendment footnotes of the official consolidations read as a timeline: which law, which year,
// what it did. The footnote's own words are always shown beside the reading, which is editorial.

export type AmendmentAction = 'substituted' | 'inserted' | 'omitted' | 'added' | 'renumbered' | 'amended' | 'substituted-and-inserted';

export interface Amendment {
  /** Footnote id: "F14", "P2". */
  fn: string;
  action: AmendmentAction;
  /** The amending law as the footnote names it: "Act VI of 2006", "Law Reforms Ordinance, 1972 (12 of 1972)". */
  law: string;
  /** The year of the amending law (a two-digit "of 06" read as 2006), or null when the footnote gives none. */
  year: number | null;
  /** The words replaced or omitted, where the footnote quotes them: "transportation for life". */
  replaced: string | null;
  /** The footnote's words without any compilers' [Editorial: …] remark. */
  text: string;
}

const ACTIONS: [RegExp, AmendmentAction][] = [
  [/\bsubs\.? (?:&|and) ins\.|\bins\.? and subs\./i, 'substituted-and-inserted'],
  [/re-numbered/i, 'renumbered'],
  [/\bomitted\b|\bomitted\./i, 'omitted'],
  [/\bsubs\.|\bsubstituted\b/i, 'substituted'],
  [/\bins\.|\binserted\b/i, 'inserted'],
  [/\badded\b/i, 'added'],
  [/\bamended\b/i, 'amended'],
];

/**
 * Reads one amendment footnote. In: the footnote text as printed (an [Editorial: …] remark is
 * ignored), and the law of the previous footnote (for "ibid."). Out: an Amendment, or null when the
 * footnote records no amendment (an assent note, for example).
 */
export function parseAmendment(fn: string, printed: string, previousLaw: string | null = null): Amendment | null {
  const text = printed.replace(/\s*\[Editorial:[^\]]*\]\s*$/, '').trim();
  const found = ACTIONS.find(([re]) => re.test(text));
  if (!found) return null;
  const action = found[1];
  let law: string | null = null;
  if (/\bibid\b/i.test(text)) law = previousLaw;
  else {
    // The law is named after the "by" that follows the action ("Subs. by …", "have been subs. by …"),
    // not an earlier law the note mentions in passing ("which had been subs. by A. O., 1949").
    const verb = found[0].exec(text)!.index;
    const at = text.toLowerCase().indexOf(' by ', verb);
    if (at >= 0) {
      law = text
        .slice(at + 4)
        .replace(/^the /, '')
        .split(/,?\s*w\.e\.f\.|,\s*s{1,2}\.\s*\d|,?\s*s{1,2}\.\.?\s*\d|,\s*for\s+“|,\s*Arts?\.|;/)[0]
        .replace(/[,.\s]+$/, '');
    }
  }
  if (!law) return null;
  const year4 = /\b(1[89]\d\d|20\d\d)\b/.exec(law)?.[1];
  const year2 = /\bof (\d\d)\b/.exec(law)?.[1];
  const year = year4 ? Number(year4) : year2 ? (Number(year2) < 50 ? 2000 : 1900) + Number(year2) : null;
  const replaced = /\bfor (?:the words? )?“([^”]+)”/.exec(text)?.[1] ?? null;
  return { fn, action, law, year, replaced, text };
}

/**
 * All amendment footnotes of a set of provisions, oldest first (footnote order within a year).
 * In: footnotes in printed order with the place they belong to. Out: parsed amendments with that
 * place; footnotes that record no amendment are left out.
 */
export function amendmentTimeline<P>(footnotes: { id: string; text: string; place: P }[]): (Amendment & { place: P })[] {
  const out: (Amendment & { place: P })[] = [];
  let previous: string | null = null;
  for (const f of footnotes) {
    const a = parseAmendment(f.id, f.text, previous);
    if (!a) continue;
    previous = a.law;
    out.push({ ...a, place: f.place });
  }
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.year ?? 9999) - (y.a.year ?? 9999) || x.i - y.i)
    .map((x) => x.a);
}

export const ACTION_LABEL: Record<AmendmentAction, string> = {
  substituted: 'Substituted',
  inserted: 'Inserted',
  omitted: 'Omitted',
  added: 'Added',
  renumbered: 'Re-numbered',
  amended: 'Amended',
  'substituted-and-inserted': 'Substituted and inserted',
};
