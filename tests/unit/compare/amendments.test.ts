import { describe, it, expect } from 'vitest';
import { parseAmendment, amendmentTimeline } from '../../../src/lib/compare/amendments.ts';

describe('parseAmendment', () => {
  it('reads the Punjab Code footnotes: law, year and the words replaced', () => {
    const a = parseAmendment('P2', 'Substituted for the word “Pakistan” by the Punjab Bonded Labour System (Abolition) (Amendment) Act 2012 (XXIV of 2012), w.e.f. 11.2.2012, s.2; and published in the Punjab Gazette (Extraordinary), pages 40169-40170.');
    expect(a).toMatchObject({ action: 'substituted', law: 'Punjab Bonded Labour System (Abolition) (Amendment) Act 2012 (XXIV of 2012)', year: 2012, replaced: 'Pakistan' });
  });

  it('reads the Penal Code footnotes, short and long forms', () => {
    expect(parseAmendment('F15', 'Ins. by Act. VI of 06, s. 4.')).toMatchObject({ action: 'inserted', law: 'Act. VI of 06', year: 2006 });
    expect(parseAmendment('F13', 'Omitted by Act XXXIV of 2018,s.16(3).')).toMatchObject({ action: 'omitted', law: 'Act XXXIV of 2018', year: 2018 });
    expect(parseAmendment('F4', 'Subs. by the Law Reforms Ordinance, 1972 (12 of 1972), s. 2 and Sch., for “transportation for life”.')).toMatchObject({
      action: 'substituted', law: 'Law Reforms Ordinance, 1972 (12 of 1972)', year: 1972, replaced: 'transportation for life',
    });
    expect(parseAmendment('F7', 'Subs. & Ins. by Act III of 1990, s.2 & s.3.')).toMatchObject({ action: 'substituted-and-inserted', year: 1990 });
    expect(parseAmendment('F18', 'Sub-section (2) added by the Pakistan Penal Code (Amdt.) Act, 1958 (36 of 1958), s. 2.')).toMatchObject({ action: 'added', year: 1958 });
    expect(parseAmendment('F17', 'S. 374 was re-numbered as sub-section (1) of that section by the Pakistan Penal Code (Amdt.) Act, 1958 (36 of 1958), s. 2.')).toMatchObject({ action: 'renumbered', year: 1958 });
  });

  it('resolves "ibid." to the law of the footnote before it and ignores the compilers\' editorial remark', () => {
    const a = parseAmendment('F9', 'Ss. 366A and 366B were ins. ibid., s. 3. [Editorial: "ibid." refers to the Act named in note F8.]', 'Indian Penal Code (Arndt.) Act, 1923 (20 of 1923)');
    expect(a).toMatchObject({ action: 'inserted', year: 1923, text: 'Ss. 366A and 366B were ins. ibid., s. 3.' });
  });

  it('gives null for a footnote that records no amendment', () => {
    expect(parseAmendment('P1', 'This Act of Parliament received the assent of the President on 11 March 1992.')).toBeNull();
  });
});

describe('amendmentTimeline', () => {
  it('orders amendments by year, oldest first, keeping printed order within a year', () => {
    const t = amendmentTimeline([
      { id: 'F1', text: 'Subs. by Act LVI of 2021, s.2.', place: 'a' },
      { id: 'F2', text: 'Ins. by Act VI of 2006, s.5.', place: 'b' },
      { id: 'F3', text: 'Ins. by Act X of 2016, s. 7.', place: 'c' },
      { id: 'F4', text: 'Omitted. by Act LVI of 2021, s.4.', place: 'd' },
    ]);
    expect(t.map((a) => [a.fn, a.year, a.place])).toEqual([['F2', 2006, 'b'], ['F3', 2016, 'c'], ['F1', 2021, 'a'], ['F4', 2021, 'd']]);
  });
});

import { lineOfFootnote } from '../../../src/lib/compare/footnote-lines.ts';
describe('lineOfFootnote', () => {
  const body = '<L id="s1-1" akn="a" kind="subsec" cite="(1)" depth={0}>\n(1) Words.\n</L>\n\n<L id="s1-2" akn="b" kind="subsec" cite="(2)" depth={0}>\n(2) Of <Fn f="P2" s="1" k={1} />\\[the Punjab\\].\n</L>\n';
  it('finds the line that carries the footnote marker', () => {
    expect(lineOfFootnote(body, 'P2')).toBe('s1-2');
  });
  it('gives null for a footnote with no marker in the provision', () => {
    expect(lineOfFootnote(body, 'P9')).toBeNull();
  });
});

describe('parseAmendment names the law that made the change, not one mentioned in passing', () => {
  it('PPC note 2: the 1960 Ordinance, not the 1949 Order it replaced', () => {
    const a = parseAmendment('F2', 'Subs. by the Central Laws (Statue Reform) Ordinance, 1960 (21 of 1960), s. 3 and 2nd Sch. (w.e.f. 14th October, 1955), for “the Provinces and the Capital of the Federation” which had been subs. by A. O., 1949, Arts. 3(2) ad 4, for “British India”.');
    expect(a).toMatchObject({ law: 'Central Laws (Statue Reform) Ordinance, 1960 (21 of 1960)', year: 1960 });
  });
  it('PPC note 10: the 1981 Ordinance that substituted the section', () => {
    const a = parseAmendment('F10', 'Section 366B as amended by A. 0., 1949, Ord. 21 of 1960. Ord. 1 of 1961 have been subs. by the Federal Laws (Revision and Declaration) Ordinance, 1981 (27 of 1981), s. 3 and II Sch., to read as above.');
    expect(a).toMatchObject({ action: 'substituted', law: 'Federal Laws (Revision and Declaration) Ordinance, 1981 (27 of 1981)', year: 1981 });
  });
});
