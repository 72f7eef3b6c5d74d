import { describe, it, expect } from 'vitest';
import { punishmentSummary, maxTermKey, maxTermText, splitProvisionRef, type Offence } from '../../src/lib/offence-format.ts';

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
    combination, text: 'x',
  },
  ...extra,
}) as Offence;

describe('offence formatting', () => {
  it('summarises a penalty the way the text combines it', () => {
    expect(punishmentSummary(rec({ maxYears: 14 }, { maxRupees: 2000000 }))).toBe('up to 14 years and fine up to Rs 2,000,000');
    expect(punishmentSummary(rec({ maxYears: 7 }, { maxRupees: 1000000 }, 'or-both'))).toBe('up to 7 years, or fine up to Rs 1,000,000, or both');
    expect(punishmentSummary(rec({ death: true, life: true, minYears: 7, maxYears: 14, kind: 'rigorous' }, {}, null))).toBe('death, or imprisonment for life, or rigorous 7 years to 14 years');
    expect(punishmentSummary(rec({ maxYears: 25 }, { liable: true }))).toBe('up to 25 years and fine (no limit stated)');
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
