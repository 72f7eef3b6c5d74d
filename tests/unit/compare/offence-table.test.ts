import { describe, it, expect } from 'vitest';
import { buildOffenceTable, firstSectionRef, type Record } from '../../../src/lib/compare/offence-table.ts';

const rec = (o: Partial<Record> & Pick<Record, 'provision' | 'pinpoint' | 'citation'>): Record => ({
  act: 'ptpa-2018', version: '2025', label: 'Trafficking in persons',
  elements: { act: ['recruit'], means: ['force'], purpose: ['compelled-labour'], victim: ['any'], circumstances: [] },
  punishment: { text: 'imprisonment which may extend to ten years' },
  cognizable: true, bailable: false, compoundable: false, classificationSource: 'PTPA s. 9',
  court: 'Magistrate of the First Class (s. 10(1))', agency: 'Police (s. 8(1))', related: [], ...o,
});
const columns = [{
  id: 'ptpa', act: 'ptpa-2018', title: 'Trafficking', subtitle: 'PTPA', provisions: ['3', '4'],
  principal: [{ section: '3', pin: 's3-1' }],
  consent: [{ section: '3', pin: 's3-4' }, { section: '7', pin: 's7-text-1' }],
  border: [{ section: '3', pin: 's3-1', note: 'No border named.' }],
  victim: [{ section: '6', pin: 's6-text-1' }],
}];
const lines: { [k: string]: { text: string; cite: string } } = {
  's3-1': { text: '(1) Any person who recruits …', cite: '(1)' },
  's3-4': { text: '(4) A victim’s consent … shall be irrelevant', cite: '(4)' },
  's7-text-1': { text: '7. Presumption in case of child victim …', cite: '' },
  's6-text-1': { text: '6. Victims …', cite: '' },
  's8-1': { text: '(1) police', cite: '(1)' },
  's10-1': { text: '(1) Magistrate', cite: '(1)' },
};
const input = (records: Record[], has = (pin: string) => pin in lines) => ({
  columns, records,
  versionOf: () => ({ id: '2025', label: 'As amended (current)', inForceFrom: '2025', current: true }),
  line: (_a: string, _v: string, pin: string) => (has(pin) ? lines[pin] : null),
  href: (act: string, _v: string, section: string, anchor: string) => `/${act}/s${section.toLowerCase()}/#${anchor}`,
});
const records = [
  rec({ provision: '3', pinpoint: 's3-1', citation: '3(1)', related: [{ act: 'ptpa-2018', provision: '4', relation: 'aggravated-form' }] }),
  rec({ provision: '4', pinpoint: 's4-text-2', citation: '4', label: 'Aggravating circumstances', punishment: { text: 'imprisonment of not less than fourteen years' } }),
];

describe('buildOffenceTable', () => {
  it('links every item of every cell to a line or section of the version shown', () => {
    const rows = buildOffenceTable(input(records));
    for (const row of rows) for (const cell of row.cells) {
      expect(cell.length, row.id).toBeGreaterThan(0);
      for (const item of cell) expect(item.href, `${row.id}: ${item.text}`).toMatch(/^\/ptpa-2018\/s\d+\/#s\d+/);
    }
  });

  it('quotes the consent lines (PTPA s. 3(4) and s. 7) from the text, not from a summary', () => {
    const consent = buildOffenceTable(input(records)).find((r) => r.id === 'consent')!.cells[0];
    expect(consent.map((i) => [i.kind, i.cite, i.href])).toEqual([
      ['quote', 's. 3(4)', '/ptpa-2018/s3/#s3-4'],
      ['quote', 's. 7', '/ptpa-2018/s7/#s7-text-1'],
    ]);
  });

  it('says so, as editorial, when the version shown has no such line (s. 3(4) is not in the 2018 text)', () => {
    const consent = buildOffenceTable(input(records, (p) => p !== 's3-4' && p in lines)).find((r) => r.id === 'consent')!.cells[0];
    expect(consent[0]).toMatchObject({ kind: 'editorial', href: '/ptpa-2018/s3/#s3' });
  });

  it('marks the editorial readings as editorial and separates aggravated forms from the basic penalty', () => {
    const rows = buildOffenceTable(input(records));
    expect(rows.find((r) => r.id === 'border')!.cells[0].map((i) => i.kind)).toEqual(['quote', 'editorial']);
    expect(rows.find((r) => r.id === 'act')!.editorial).toBe(true);
    expect(rows.find((r) => r.id === 'penalty')!.cells[0].map((i) => i.cite)).toEqual(['s. 3(1)']);
    expect(rows.find((r) => r.id === 'aggravated')!.cells[0].map((i) => i.cite)).toEqual(['s. 4']);
  });

  it('links the court and agency to the section the record names, down to the pinpoint', () => {
    const rows = buildOffenceTable(input(records));
    expect(rows.find((r) => r.id === 'court')!.cells[0][0].href).toBe('/ptpa-2018/s10/#s10-1');
    expect(rows.find((r) => r.id === 'agency')!.cells[0][0].href).toBe('/ptpa-2018/s8/#s8-1');
  });

  it('refuses a column with no offence records, naming it', () => {
    expect(() => buildOffenceTable(input([]))).toThrow(/column "ptpa"/);
  });
});

describe('firstSectionRef', () => {
  it('reads the first section reference with its pinpoints, deepest first', () => {
    expect(firstSectionRef('Police (s. 8(1)); the FIA (s. 8(2))')).toEqual({ section: '8', pins: ['s8-1'] });
    expect(firstSectionRef('Magistrate (s. 16(1)); summarily (s. 16(2))')).toEqual({ section: '16', pins: ['s16-1'] });
    expect(firstSectionRef('Court of Session (CrPC Schedule II, col. 8)')).toBeNull();
  });
});
