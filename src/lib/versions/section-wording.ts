// What a consolidated section's footnotes say about its wording (the Penal Code: the consolidation
// dates no version of a section; its footnotes name the amending instruments, a few with a "w.e.f."
// of their own, and the stubs of repealed sections print theirs). Pure: reads the texts and
// footnotes already in content/provisions, never a hand-kept list.
import { splitEditorial } from '../notes.ts';
import { mdxToPlainLines } from '../mdx.ts';

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
 * from which that wording applies; or that it records no amendment of the section. A repealed or
 * omitted section: `stubSentence`.
 */
export function wordingSentence(w: SectionWording, status: string, stub?: Stub): string {
  if (status !== 'in-force') return stubSentence(status, stub ?? { text: '', footnotes: [] });
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

/** A repealed or omitted section as the consolidation prints it: the stub's words and its footnotes. */
export interface Stub { text: string; footnotes: Footnote[] }

const SAYS_WHAT = /\b(?:Rep\.|Repealed|Omitted)(?=[\s.,])/i;
/** A "w.e.f." the print gives in parentheses, as printed ("w.e.f. the 10th day of February, 1979"; also "w.e.f the …"). */
const WEF = /\((w\.e\.f\b[^)]*)\)/;

/**
 * The sentence of a repealed or omitted section: where the consolidation says by what (the stub's
 * own words, or the footnote that does), and the "w.e.f." it prints there, quoted. Nothing more: the
 * consolidation prints such dates for some stubs (ss. 366, 372, 373), so it is never said to give none.
 */
export function stubSentence(status: string, stub: Stub): string {
  const verb = status === 'repealed' ? 'repealed' : 'omitted';
  const inText = SAYS_WHAT.test(stub.text);
  const notes = stub.footnotes.filter((f) => SAYS_WHAT.test(splitEditorial(f.text).filter((p) => !p.editorial).map((p) => p.text).join('')));
  const noteWords = `footnote${notes.length > 1 ? 's' : ''} ${list(notes.map((f) => num(f.id)))}`;
  const sources = [...(inText ? ['its text'] : []), ...(notes.length ? [noteWords] : [])];
  if (!sources.length) return `This section is ${verb}: see its text and footnotes below.`;
  const where = `${sources.join(' and ')} ${sources.length > 1 || notes.length > 1 ? 'say' : 'says'} by what`;
  const wefIn = [
    ...(inText ? [{ from: 'its text', wef: WEF.exec(stub.text)?.[1] }] : []),
    ...notes.map((f) => ({ from: `footnote ${num(f.id)}`, wef: WEF.exec(f.text)?.[1] })),
  ].find((x) => x.wef);
  if (!wefIn) return `This section is ${verb}: ${where}.`;
  const quoted = `“${wefIn.wef!.trim()}”`;
  return sources.length === 1 && notes.length <= 1
    ? `This section is ${verb}: ${where}, and gives ${quoted}.`
    : `This section is ${verb}: ${where}; ${wefIn.from} gives ${quoted}.`;
}

/** The words of a provision's MDX body, editorial notes left out, for `Stub.text`. */
export function stubText(body: string): string {
  return mdxToPlainLines(body.replace(/<Ed>[\s\S]*?<\/Ed>/g, '')).join(' ');
}
