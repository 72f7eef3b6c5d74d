import { describe, it, expect } from 'vitest';
import { textsOn } from '../../../src/lib/compare/in-force.ts';

describe('textsOn', () => {
  const ptpa = ['2025-04-23', '2018-06-02'];
  it('gives the 2018 text before 17 February 2025 and the 2025 text from 23 April 2025', () => {
    expect(textsOn('ptpa-2018', '2024-12-31', ptpa)).toEqual({ versions: ['2018-06-02'], uncertain: false });
    expect(textsOn('ptpa-2018', '2025-04-23', ptpa)).toEqual({ versions: ['2025-04-23'], uncertain: false });
    expect(textsOn('psma-2018', '2025-04-21', ['2025-04-21', '2018-05-24'])).toEqual({ versions: ['2025-04-21'], uncertain: false });
  });
  it('gives both texts, uncertain, between (commencement not confirmed)', () => {
    expect(textsOn('ptpa-2018', '2025-03-01', ptpa)).toEqual({ versions: ['2018-06-02', '2025-04-23'], uncertain: true });
    expect(textsOn('ptpa-2018', '2025-02-17', ptpa).uncertain).toBe(true);
  });
  it('gives the one text held for an Act with one version', () => {
    expect(textsOn('ppc', '2019-01-01', ['2025-11-30'])).toEqual({ versions: ['2025-11-30'], uncertain: false });
  });
  it('refuses a date not written YYYY-MM-DD', () => {
    expect(() => textsOn('ppc', '1/2/2025', ['2025-11-30'])).toThrow(/YYYY-MM-DD/);
  });
});
