import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrpcSchedule, classify, expandDitto, bareCell, markersIn, readArrest, readBailable, readCompoundable, scheduleRowOf, dittoCaution } from '../../src/lib/crpc.ts';

const SOURCES = join(import.meta.dirname, '..', '..', '..', 'shared', 'sources');
const text = readFileSync(join(SOURCES, 'crpc-schedule-ii-359-377.tsv'), 'utf8');
const s = parseCrpcSchedule(text);
const row = (sec: string) => s.rows.find((r) => r.section === sec)!;

describe('CrPC Schedule II: verbatim table', () => {
  it('reads the header and the nine column headings of the Schedule', () => {
    expect(s.header['act-number']).toBe('Act No. V of 1898');
    expect(s.columns).toHaveLength(9);
    expect(s.columns[2]).toBe('whether the police may arrest without warrant or not (col. 3)');
    expect(s.columns[7]).toBe('by what Court triable (col. 8)');
  });

  it('has the 26 rows the file lists, in printed order', () => {
    expect(s.rows.map((r) => r.section)).toEqual([
      '363', '364', '364A', '365', '365A', '365B', '366', '366A', '366B', '367', '367A', '368', '369', '369A',
      '370', '371', '371A', '371B', '372', '373', '374', '375A', '376', '376A', '377', '377B',
    ]);
  });

  it('keeps cells verbatim, with {C..} markers, brackets, Ditto and misprints', () => {
    expect(row('363')).toMatchObject({
      sectionCell: '363',
      offence: 'Kidnapping ..',
      arrest: 'May arrest without warrant.',
      warrantOrSummons: 'Warrant..',
      bailable: '{C2}[Bailable]',
      compoundable: 'Not compoundable.',
      punishment: 'Imprisonment of either description for 7 years, and fine.',
      court: 'Court of Session, {C3}[* *] or Magistrate of the first class.',
      footnotes: ['C2', 'C3'],
    });
    expect(row('364A').sectionCell).toBe('{C6}[364A');
    expect(row('364A').offence).toBe('Kidnapping or abducting a person under the {C7}[age of fourteen.]');
    expect(row('364A').court).toBe('Ditto.]');
    expect(row('377B').compoundable).toBe('Not compounable');
    expect(row('377B').punishment).toContain('one million rupess.]');
    expect(row('370').punishment).toBe('Ditto ..');
  });

  it('lists for each row the footnotes whose markers stand in its cells, plus those of a bracket still open from a row above', () => {
    const seen = new Set<string>();
    for (const r of s.rows) {
      const cells = [r.sectionCell, r.offence, r.arrest, r.warrantOrSummons, r.bailable, r.compoundable, r.punishment, r.court];
      const here = [...new Set(cells.flatMap(markersIn))];
      for (const id of here) expect(r.footnotes, r.section).toContain(id);
      for (const id of r.footnotes.filter((f) => !here.includes(f))) expect(seen.has(id), `${r.section} ${id}`).toBe(true);
      here.forEach((id) => seen.add(id));
    }
    // 366B and 371B have no marker of their own: they lie inside the brackets opened at 366A and 371A.
    expect(row('366B').footnotes).toEqual(['C11']);
    expect(markersIn(row('366B').sectionCell)).toEqual([]);
    expect(row('371B').footnotes).toEqual(['C12']);
  });

  it('reads the footnote texts of the NOTES block, one for every marker', () => {
    expect(Object.keys(s.notes)).toHaveLength(25);
    expect(s.notes.C2).toBe('Subs. by the Code of Criminal Procedure (Amdt.) Act, 1923 (18 of 1923), s. 159, for the original entry.');
    expect(s.notes.C26).toBe('Subs. by Act No. XXVII of 2018,s.4.');
    const used = new Set([...s.rows.flatMap((r) => r.footnotes), ...s.subheadings.flatMap((h) => h.footnotes)]);
    for (const id of used) expect(s.notes[id], id).toBeTruthy();
    for (const id of Object.keys(s.notes)) expect(used.has(id), id).toBe(true);
  });

  it('keeps the Code group headings, verbatim, and gives each row its group', () => {
    expect(s.subheadings.map((h) => h.text)).toEqual(['Of Kidnapping, Abduction, Slavery and Forced Labour', '{C20}[Of Rape]', 'Of Unnatural Offence;']);
    expect(row('374').group).toBe('Of Kidnapping, Abduction, Slavery and Forced Labour');
    expect(row('376').group).toBe('{C20}[Of Rape]');
    expect(row('377B').group).toBe('Of Unnatural Offence;');
  });
});

describe('CrPC Schedule II: editorial resolved table', () => {
  it('is kept apart and flagged editorial', () => {
    expect(s.resolved).toHaveLength(26);
    expect(s.resolved.every((r) => r.editorial === true)).toBe(true);
    expect(s.resolved.map((r) => r.section)).toEqual(s.rows.map((r) => r.section));
  });

  it('has Ditto expanded', () => {
    const r = s.resolved.find((x) => x.section === '366B')!;
    expect(r.court).toBe('Court of Session');
    expect(r.arrest).toBe('Yes');
    expect(r.bailable).toBe('Not bailable');
    for (const x of s.resolved) for (const k of ['arrest', 'bailable', 'compoundable'] as const) expect(x[k]).not.toMatch(/^Ditto/);
  });

  it('agrees with an independent Ditto expansion of the verbatim table (cols. 3, 5, 6)', () => {
    const mine = expandDitto(s.rows);
    for (const [i, r] of s.resolved.entries()) {
      expect(readArrest(mine[i].arrest), r.section).toBe(readArrest(r.arrest));
      expect(readBailable(mine[i].bailable), r.section).toBe(readBailable(r.bailable));
      expect(readCompoundable(mine[i].compoundable), r.section).toBe(readCompoundable(r.compoundable));
    }
    expect(mine.find((r) => r.section === '376A')!.warrantOrSummons).toBe('None required');
  });
});

describe('classify', () => {
  it('reads "May arrest without warrant" as cognizable', () => {
    expect(classify(s, '363')).toMatchObject({ cognizable: true, bailable: true, compoundable: false });
    expect(classify(s, '371A')).toMatchObject({ cognizable: true, bailable: false, compoundable: false });
    expect(classify(s, '377B')).toMatchObject({ cognizable: true, bailable: false, compoundable: false });
  });

  it('reads "Shall not arrest without warrant" as not cognizable', () => {
    expect(classify(s, '370')).toMatchObject({ cognizable: false, bailable: true, compoundable: false });
    expect(classify(s, '374')).toMatchObject({ cognizable: false, bailable: true, compoundable: true });
  });

  it('gives a sub-section the row of its section', () => {
    expect(scheduleRowOf('376(1A)')).toBe('376');
    expect(classify(s, '374(2)').row.section).toBe('374');
    expect(classify(s, '376(3)')).toMatchObject({ cognizable: true, bailable: false, compoundable: false });
  });

  it('throws for a section without a row', () => {
    expect(() => classify(s, '375')).toThrow(/no row for PPC s\. 375/);
    expect(() => classify(s, '377A')).toThrow(/377A/);
  });

  it('bareCell drops markers, brackets and leaders', () => {
    expect(bareCell('{C2}[Bailable]')).toBe('Bailable');
    expect(bareCell('Ditto .]')).toBe('Ditto');
    expect(bareCell('Court of Session, {C3}[* *] or Magistrate of the first class.')).toBe('Court of Session, or Magistrate of the first class');
  });

  it('refuses a cell it cannot read', () => {
    expect(() => readArrest('Perhaps')).toThrow();
    expect(() => readBailable('Ditto')).toThrow();
  });
});

describe('parseCrpcSchedule on a malformed file', () => {
  it('throws without the --- line or the three blocks', () => {
    expect(() => parseCrpcSchedule('title: x\nTABLE\n')).toThrow(/---/);
    expect(() => parseCrpcSchedule('title: x\n---\nTABLE\nNOTES\n')).toThrow(/RESOLVED/);
  });
});

describe('dittoCaution', () => {
  it('flags a "Ditto" row inserted before the row above it was substituted (376A under 376), and no other row', () => {
    expect(dittoCaution(s, '376A')).toMatch(/inserted in 2016 .* substituted later, in 2021/);
    const flagged = s.rows.map((r) => r.section).filter((sec) => dittoCaution(s, sec));
    expect(flagged).toEqual(['376A']);
  });
});
