// What a consolidated section's footnotes say about its wording (the Penal Code: the consolidation
// prints no commencement dates, only footnotes naming the amending instruments). Pure: reads the
// footnote texts already in content/provisions, never a hand-kept list.
import { splitEditorial } from '../notes.ts';

export interface Instrument { name: string; year: number }
export interface Footnote { id: string; text: string }

/** Two-figure years of the Code's footnotes ("Act. VI of 06") are of this century up to the consolidation's. */
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) <= 30 ? 2000 : 1900));

/** The instruments a footnote names, as it names them ("Act LVI of 2021", "Law Reforms Ordinance, 1972 (12 of 1972)"). */
export function instrumentsIn(text: string): Instrument[] {
  const words = splitEditorial(text).filter((p) => !p.editorial).map((p) => p.text).join('');
  const found: { at: number; name: string; year: number }[] = [];
  const named = /[A-Z(][\w.'&()-]*\s+(?:(?:[A-Z(][\w.'&()-]*|of|and)\s+)*(?:Act|Ordinance|Ord\.)\s*,?\s*(\d{4}),?\s*\(\s*[\dIVXLC]+\s+of\s+(\d{4})\s*\)/g;
  for (const m of words.matchAll(named)) found.push({ at: m.index!, name: m[0].trim(), year: Number(m[2]) });
  const numbered = /\b(?:Act|Ord)\.?\s+(?:No\.\s+)?(?:[IVXLC]+|\d+)\s+of\s+(\d{4}|\d{2})\b/g;
  for (const m of words.matchAll(numbered)) if (!found.some((f) => m.index! >= f.at && m.index! < f.at + f.name.length)) found.push({ at: m.index!, name: m[0], year: fullYear(m[1]) });
  for (const m of words.matchAll(/\bA\. [O0]\., (\d{4})/g)) found.push({ at: m.index!, name: m[0], year: Number(m[1]) });
  return found.sort((a, b) => a.at - b.at).map(({ name, year }) => ({ name, year }));
}

export interface SectionWording {
  /** The latest year any of the section's footnotes names an instrument of; none if no footnote names one. */
  latest?: { year: number; names: string[]; footnotes: string[]; wef?: string; ibid?: { footnote: string; refers: string } };
  /** The section has footnotes, but none names an amending instrument the library can read. */
  unread: boolean;
}

/**
 * The latest amending instrument a section's footnotes name. A footnote that names its Act only as
 * "ibid." is read through the note its editorial remark points to ("refers to the Act named in note F8").
 */
export function sectionWording(footnotes: Footnote[], all: Footnote[] = footnotes): SectionWording {
  const byId = new Map(all.map((f) => [f.id, f]));
  const read = footnotes.map((f) => {
    let list = instrumentsIn(f.text);
    let via: string | undefined;
    const ref = /refers to the Act named in note ([A-Z]\d+)/.exec(f.text)?.[1];
    if (!list.length && /\bibid\b/.test(f.text) && ref && byId.has(ref)) { list = instrumentsIn(byId.get(ref)!.text); via = ref; }
    return { f, list, via };
  });
  const years = read.flatMap((r) => r.list.map((i) => i.year));
  if (!years.length) return { unread: footnotes.length > 0 };
  const year = Math.max(...years);
  const hits = read.filter((r) => r.list.some((i) => i.year === year));
  const names = [...new Set(hits.flatMap((r) => r.list.filter((i) => i.year === year).map((i) => i.name)))];
  const wef = hits.map((r) => /\(?(w\.e\.f\.[^)]*)\)?/.exec(r.f.text)?.[1]?.trim()).find(Boolean);
  const via = hits.find((r) => r.via);
  return { latest: { year, names, footnotes: hits.map((r) => r.f.id), wef, ibid: via && { footnote: via.f.id, refers: via.via! } }, unread: false };
}

const num = (id: string) => id.replace(/^[A-Z]/, '');
const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * The sentence the version block of a consolidated section says about its wording: the latest
 * amending instrument its footnotes name and its year, and that the consolidation gives no date
 * from which that wording applies; or that it records no amendment of the section.
 */
export function wordingSentence(w: SectionWording, status: string): string {
  if (status !== 'in-force') return `This section is ${status === 'repealed' ? 'repealed' : 'omitted'}: its text and footnotes say by what. The consolidation gives no commencement dates.`;
  if (!w.latest) {
    return w.unread
      ? 'Wording of this section: its footnotes name no amending instrument the library can read (see them below), and the consolidation gives no commencement date.'
      : 'Wording of this section: the consolidation records no amendment of it (it has no amendment footnote) and gives no commencement date.';
  }
  const { year, names, footnotes, wef, ibid } = w.latest;
  const named = list(names.map((n) => (n.includes(String(year)) ? n : `${n} (${year})`)));
  const notes = `footnote${footnotes.length > 1 ? 's' : ''} ${list(footnotes.map(num))}`;
  const via = ibid ? `, whose “ibid.” is the Act named in footnote ${num(ibid.refers)}` : '';
  const when = wef
    ? ` That footnote gives “${wef}”; the consolidation gives no other date from which this wording applies.`
    : ' The consolidation gives no date from which this wording applies.';
  return `Wording of this section: the latest amending instrument its footnotes name is ${named} (${notes}${via}).${when}`;
}
