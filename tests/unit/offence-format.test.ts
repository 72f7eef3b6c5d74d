import { describe, it, expect } from 'vitest';
import { punishmentSummary, maxTermKey, maxTermText, minTermText, fineText, combinationText, deathOrLifeText, splitProvisionRef, type Offence } from '../../src/lib/offence-format.ts';
import { join } from 'node:path';
import { loadOffences } from '../../src/lib/offences.ts';

const base = {
  id: 'x', act: 'ptpa-2018', version: '2025-04-23', provision: '3', pinpoint: 's3-2', label: 'x', subject: 'trafficking',
  elements: { act: [], means: [], purpose: [], victim: [], circumstances: [] }, figures: [], cognizable: true, bailable: false, compoundable: false,
  classificationSource: 'x', court: 'x', agency: 'x', related: [], current: true,
} as const;
const rec = (p: Partial<Offence['punishment']['imprisonment']>, f: Partial<Offence['punishment']['fine']>, combination: Offence['punishment']['combination'] = 'and', extra: Partial<Offence> = {}) => ({
  ...base,
  punishment: {
    imprisonment: { minYears: null, maxYears: null, kind: 'unspecified', life: false, death: false, ...p },
    fine: { minRupees: null, maxRupees: null, liable: false, unlimited: false, ...f },
    combination, text: 'x', forfeiture: false,
  },
  ...extra,
}) as Offence;

describe('offence formatting', () => {
  it('summarises a penalty the way the text combines it', () => {
    expect(punishmentSummary(rec({ maxYears: 14 }, { maxRupees: 2000000 }))).toBe('imprisonment up to 14 years and fine up to Rs 2,000,000');
    expect(punishmentSummary(rec({ maxYears: 7 }, { maxRupees: 1000000 }, 'or-both'))).toBe('imprisonment up to 7 years, or fine up to Rs 1,000,000, or both');
    expect(punishmentSummary(rec({ death: true, life: true, minYears: 7, maxYears: 14, kind: 'rigorous' }, {}, null))).toBe('death, or imprisonment for life, or rigorous imprisonment of 7 to 14 years');
    expect(punishmentSummary(rec({ maxYears: 25 }, { liable: true, unlimited: true }))).toBe('imprisonment up to 25 years, and liable to fine (no limit stated)');
  });
  it('"or ... or both" and "and" never look alike; "liable to fine" never reads as "and fine"', () => {
    const orBoth = punishmentSummary(rec({ maxYears: 7 }, { maxRupees: 1000000 }, 'or-both'));
    const and = punishmentSummary(rec({ maxYears: 7 }, { maxRupees: 1000000 }, 'and'));
    expect(orBoth).not.toBe(and);
    expect(combinationText(rec({}, { liable: true, unlimited: true }, 'and'))).toBe('imprisonment, and also liable to fine');
    expect(combinationText(rec({}, { maxRupees: 5 }, 'and'))).toBe('imprisonment and fine (both)');
    expect(fineText(rec({}, { liable: true, unlimited: true }, 'and'))).toBe('liable to fine (no limit stated)');
  });
  it('a minimum term where a fine alone is lawful says so', () => {
    const r = rec({ minYears: 2, maxYears: 10 }, { maxRupees: 1000000 }, 'or-both');
    expect(minTermText(r)).toBe('2 years (only if imprisonment is imposed: a fine alone is lawful)');
    expect(punishmentSummary(r)).toMatch(/minimum of 2 years applies only if imprisonment is imposed/);
    expect(minTermText(rec({ minYears: 2, maxYears: 10 }, { maxRupees: 1 }, 'and'))).toBe('2 years');
  });
  it('one year is "1 year", never "1 years"', () => {
    expect(minTermText(rec({ minYears: 1, maxYears: 3 }, { maxRupees: 1 }))).toBe('1 year');
    expect(maxTermText(rec({ maxYears: 1 }, {}))).toBe('1 year');
  });
  it('forfeiture of property is said (PPC 365A), and death and life have their own words', () => {
    const r = rec({ death: true, life: true }, {}, null, {});
    (r.punishment as { forfeiture: boolean }).forfeiture = true;
    expect(punishmentSummary(r)).toBe('death, or imprisonment for life; and liable to forfeiture of property');
    expect(fineText(r)).toBe('no fine; liable to forfeiture of property');
    expect(deathOrLifeText(r)).toBe('death; imprisonment for life');
  });
  it('on the real records: PTPA s. 3(1) reads "or ... or both" in 2018 and "and" in 2025; PTPA s. 3(2) 2018 notes its minimum; PPC 365A its forfeiture', () => {
    const all = loadOffences(join(import.meta.dirname, '..', '..', 'content'));
    const get = (id: string) => all.find((o) => o.id === id)!;
    expect(punishmentSummary(get('ptpa-2018-3-1-2018'))).toBe('imprisonment up to 7 years, or fine up to Rs 1,000,000, or both');
    expect(punishmentSummary(get('ptpa-2018-3-1-2025'))).toBe('imprisonment up to 10 years and fine up to Rs 1,000,000');
    expect(punishmentSummary(get('ptpa-2018-3-2-2018'))).toMatch(/a fine alone/);
    expect(punishmentSummary(get('blsa-1992-11-1992'))).toMatch(/a fine alone/);
    expect(punishmentSummary(get('ppc-365a-2025'))).toContain('forfeiture of property');
    expect(punishmentSummary(get('ppc-363-2025'))).toContain('liable to fine');
    expect(punishmentSummary(get('ppc-376-1-2025'))).toContain('remainder of natural life');
  });
  it('names the heaviest punishment for the maximum-term column', () => {
    expect(maxTermText(rec({ minYears: 2, maxYears: 5 }, {}))).toBe('5 years');
    expect(maxTermText(rec({ death: true, life: true, maxYears: 14 }, {}))).toBe('death');
    expect(maxTermText(rec({ minYears: 14 }, {}))).toBe('no maximum stated');
  });

  it('ranks death and life above terms of years', () => {
    expect(maxTermKey(rec({ death: true }, {}))).toBeGreaterThan(maxTermKey(rec({ life: true }, {})));
    expect(maxTermKey(rec({ life: true }, {}))).toBeGreaterThan(maxTermKey(rec({ maxYears: 25 }, {})));
  });
  it('turns provision references into pinpoints', () => {
    expect(splitProvisionRef('3(2)')).toEqual({ number: '3', pin: 's3-2' });
    expect(splitProvisionRef('2(fa)')).toEqual({ number: '2', pin: 's2-fa' });
    expect(splitProvisionRef('371A')).toEqual({ number: '371A', pin: undefined });
  });
});
