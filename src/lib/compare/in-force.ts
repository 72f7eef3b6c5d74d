// Which text of an Act was the law on a date of offence, for the comparison and handout pages.
// Interim rule until the finder's version-in-force module (issue 8) is on main; the pages call
// only `textsOn`, so swapping the rule is a one-file change.
//
// Source: /work/shared/sources/README.md. The amending Acts IX and X of 2025 passed the National
// Assembly on 17 February 2025; their commencement is not confirmed; the Pakistan Code had
// incorporated them by 23 April 2025 (PTPA) and 21 April 2025 (PSMA).

export interface TextsOn {
  /** Version ids ("2018-06-02", "2025-04-23") whose text may govern the date, earliest first. */
  versions: string[];
  /** True when more than one text may apply because commencement is not confirmed. */
  uncertain: boolean;
}

/** Amendment windows: the earlier text governs before `earlierUntil`; the later from `laterFrom`. */
export const WINDOWS: Record<string, { earlier: string; later: string; earlierUntil: string; laterFrom: string }> = {
  'ptpa-2018': { earlier: '2018-06-02', later: '2025-04-23', earlierUntil: '2025-02-17', laterFrom: '2025-04-23' },
  'psma-2018': { earlier: '2018-05-24', later: '2025-04-21', earlierUntil: '2025-02-17', laterFrom: '2025-04-21' },
};

/**
 * The texts of an Act that may govern an offence committed on `date`.
 * In: Act id, ISO date (YYYY-MM-DD), and the Act's version ids. Out: TextsOn. An Act with one
 * version held gives that version. Throws on a date not written YYYY-MM-DD.
 */
export function textsOn(act: string, date: string, versionIds: string[]): TextsOn {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date "${date}" is not written YYYY-MM-DD`);
  const w = WINDOWS[act];
  if (!w) return { versions: [...versionIds].sort(), uncertain: false };
  if (date < w.earlierUntil) return { versions: [w.earlier], uncertain: false };
  if (date >= w.laterFrom) return { versions: [w.later], uncertain: false };
  return { versions: [w.earlier, w.later], uncertain: true };
}
