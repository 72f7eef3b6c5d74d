// A Penal Code section's version block says what its footnotes support about its wording: read
// from the footnotes in content/provisions, never from a hand-kept list.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { instrumentsIn, sectionWording, stubSentence, stubText, wordingSentence } from '../../src/lib/versions/section-wording.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'provisions', 'ppc', '2025-11-30');
type Section = { number: string; status: string; footnotes?: { id: string; text: string }[]; body: string };
const sections = readdirSync(DIR).map((f) => {
  const [, front, body] = readFileSync(join(DIR, f), 'utf8').split(/^---$/m);
  return { ...(parse(front) as Omit<Section, 'body'>), body };
});
const all = sections.flatMap((s) => s.footnotes ?? []);
const of = (n: string) => sections.find((s) => s.number === n)!;
const says = (n: string) => wordingSentence(sectionWording(of(n).footnotes ?? [], all), of(n).status, { text: stubText(of(n).body), footnotes: of(n).footnotes ?? [] });

describe('the instruments a footnote names', () => {
  it('reads named Acts and Ordinances with their numbers, numbered Acts, and two-figure years', () => {
    expect(instrumentsIn('Subs. by the Law Reforms Ordinance, 1972 (12 of 1972), s. 2 and Sch., for “transportation for life”.')).toEqual([{ name: 'Law Reforms Ordinance, 1972 (12 of 1972)', year: 1972 }]);
    expect(instrumentsIn('Subs. by the Criminal Laws (Amdt.) Ord.1980 (3 of 1980),s.6, for “may extend to”.')).toEqual([{ name: 'Criminal Laws (Amdt.) Ord.1980 (3 of 1980)', year: 1980 }]);
    expect(instrumentsIn('Ins. by Act. VI of 06, ss. 2 & 3.')).toEqual([{ name: 'Act. VI of 06', year: 2006 }]);
    expect(instrumentsIn('Omitted. by Act LVI of 2021, s.4.')).toEqual([{ name: 'Act LVI of 2021', year: 2021 }]);
    expect(instrumentsIn('The words “or to the unnatural lust of any person,” omitted by the Offence of Zina (Enforcement of Hudood) Ordinance, 1979 (7 of 1979),s.19 (w.e.f. 10th Fehruary,1979).')[0].name).toBe('Offence of Zina (Enforcement of Hudood) Ordinance, 1979 (7 of 1979)');
  });
});

describe('each Penal Code section', () => {
  it('names the latest instrument its footnotes name, with its year and footnote, and that no commencement date is given', () => {
    expect(says('375')).toBe('Wording of this section: the latest amending instrument its footnotes name is Act LVI of 2021 (footnote 20). The consolidation gives no date from which this wording applies.');
    expect(says('376')).toContain('Act LVI of 2021 (footnotes 21 and 23)');
    expect(says('377B')).toContain('Act XXVII of 2018 (footnote 27)');
    expect(says('365B')).toContain('Act. VI of 06 (2006)');
    expect(says('364A')).toContain('Act III of 1990 (footnote 5)');
    // A footnote's own "w.e.f." is quoted, never a date of the library's.
    expect(says('359')).toContain('That footnote gives “w.e.f. 14th October, 1955”');
    // "ibid." is read through the note the compilers point to.
    expect(says('366A')).toContain('Indian Penal Code (Arndt.) Act, 1923 (20 of 1923) (footnote 9, whose “ibid.” is the Act named in footnote 8)');
  });

  it('a section with no amendment footnote: the consolidation records no amendment of it', () => {
    for (const n of ['361', '362', '365', '368', '369', '370']) {
      expect(of(n).footnotes ?? [], n).toEqual([]);
      expect(says(n), n).toBe('Wording of this section: the consolidation records no amendment of it (it has no amendment footnote) and gives no commencement date.');
    }
  });

  it('every section with footnotes is read: each in-force section names an instrument and year found in its own footnotes', () => {
    for (const s of sections.filter((x) => x.status === 'in-force' && x.footnotes?.length)) {
      const w = sectionWording(s.footnotes!, all);
      expect(w.latest, s.number).toBeTruthy();
      // Named in the section's own footnotes, or in the one note its own "ibid." points to; never
      // somewhere else in the Code.
      const own = s.footnotes!.filter((f) => w.latest!.footnotes.includes(f.id));
      const pointed = w.latest!.ibid ? all.filter((f) => f.id === w.latest!.ibid!.refers) : [];
      if (w.latest!.ibid) expect(s.footnotes!.map((f) => f.id), `${s.number}: its own footnote says ibid.`).toContain(w.latest!.ibid.footnote);
      for (const name of w.latest!.names) expect([...own, ...pointed].some((f) => f.text.includes(name)), `${s.number}: ${name}`).toBe(true);
      for (const id of w.latest!.footnotes) expect(s.footnotes!.map((f) => f.id), s.number).toContain(id);
    }
  });

  it('a repealed or omitted section: says where the print says by what, and quotes the stub’s own “w.e.f.”, never that the consolidation gives no date', () => {
    expect(says('366')).toBe('This section is repealed: its text says by what, and gives “w.e.f. the 10th day of February, 1979”.');
    expect(says('372')).toBe('This section is repealed: its text says by what, and gives “w.e.f. the 10th day of February, 1979”.');
    // As printed: no full stop after "w.e.f".
    expect(says('373')).toBe('This section is repealed: its text says by what, and gives “w.e.f the 10th day of February, 1979”.');
    expect(says('369A')).toBe('This section is omitted: footnote 13 says by what.');
    for (const s of sections.filter((x) => x.status !== 'in-force')) {
      const said = says(s.number);
      expect(said, s.number).not.toMatch(/no commencement|gives no (other )?date/);
      // Every "w.e.f." the stub or its footnotes print is quoted, as printed.
      for (const m of [stubText(s.body), ...(s.footnotes ?? []).map((f) => f.text)].join(' ').matchAll(/\((w\.e\.f\b[^)]*)\)/g)) expect(said, s.number).toContain(`“${m[1]}”`);
    }
  });

  it('a stub’s sentence reads the footnote that says by what, with its own “w.e.f.”', () => {
    expect(stubSentence('omitted', { text: '12. * * *', footnotes: [{ id: 'F4', text: 'Omitted by Act II of 1990, s. 3 (w.e.f. 1st May, 1990).' }] }))
      .toBe('This section is omitted: footnote 4 says by what, and gives “w.e.f. 1st May, 1990”.');
    expect(stubSentence('repealed', { text: '12. [Title.] Rep. by Act II of 1990.', footnotes: [{ id: 'F4', text: 'Rep. by Act II of 1990 (w.e.f. 1st May, 1990).' }] }))
      .toBe('This section is repealed: its text and footnote 4 say by what; footnote 4 gives “w.e.f. 1st May, 1990”.');
  });
});
