// Which text governs conduct on a date: the 2018 texts before the 2025 amendments could have
// commenced (17 February 2025, the National Assembly's passage), the 2025 texts from the date the
// consolidation shows them (23 April 2025 PTPA, 21 April 2025 PSMA), and both, marked uncertain,
// in between. Read from the real content/acts/*.yaml, so a change of dates there is tested too.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { actSchema } from '../../src/schemas/index.ts';
import { textsInForce, standingOn, periodWords, periodShort, isIsoDate } from '../../src/lib/versions/in-force.ts';

const act = (id: string) => actSchema(z).parse(parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'acts', `${id}.yaml`), 'utf8')));
const on = (id: string, date?: string) => textsInForce(act(id).versions, date).map((t) => `${t.version.id}:${t.standing}`);

describe('textsInForce on the real Acts', () => {
  it('a 2019 offence is governed by the 2018 texts only', () => {
    expect(on('ptpa-2018', '2019-06-15')).toEqual(['2018-06-02:in-force']);
    expect(on('psma-2018', '2019-06-15')).toEqual(['2018-05-24:in-force']);
  });
  it('the day before the National Assembly passed the Bills: still the 2018 texts only', () => {
    expect(on('ptpa-2018', '2025-02-16')).toEqual(['2018-06-02:in-force']);
    expect(on('psma-2018', '2025-02-16')).toEqual(['2018-05-24:in-force']);
  });
  it('between 17 February and the consolidation dates: both texts, each uncertain', () => {
    for (const d of ['2025-02-17', '2025-03-10', '2025-04-20']) {
      expect(on('ptpa-2018', d), d).toEqual(['2018-06-02:uncertain', '2025-04-23:uncertain']);
      expect(on('psma-2018', d), d).toEqual(['2018-05-24:uncertain', '2025-04-21:uncertain']);
    }
    expect(on('ptpa-2018', '2025-04-22')).toEqual(['2018-06-02:uncertain', '2025-04-23:uncertain']);
    expect(on('psma-2018', '2025-04-22')).toEqual(['2025-04-21:in-force']);
  });
  it('from the consolidation dates: the 2025 texts only', () => {
    expect(on('ptpa-2018', '2025-04-23')).toEqual(['2025-04-23:in-force']);
    expect(on('psma-2018', '2025-04-21')).toEqual(['2025-04-21:in-force']);
    expect(on('ptpa-2018', '2026-01-01')).toEqual(['2025-04-23:in-force']);
  });
  it('before an Act: no text (conduct in 2017 is not under the 2018 Acts)', () => {
    expect(on('ptpa-2018', '2017-12-31')).toEqual([]);
    expect(on('blsa-1992-punjab', '2011-01-01')).toEqual([]);
    expect(on('blsa-1992', '1991-01-01')).toEqual([]);
  });
  it('no date: the current text, as the law today', () => {
    expect(on('ptpa-2018')).toEqual(['2025-04-23:in-force']);
  });
  it('the Penal Code consolidation governs every date (its sections carry their own footnotes)', () => {
    expect(on('ppc', '2019-01-01')).toEqual(['2025-11-30:in-force']);
  });
});

describe('standingOn and the words of a period', () => {
  const p = { name: 'as enacted 2018', from: { earliest: '2018-05-30', latest: '2018-05-30', words: '30 May 2018' }, until: { earliest: '2025-02-17', latest: '2025-04-23', words: 'Act IX of 2025 commenced (date not confirmed)' } };
  it('reads the boundaries exactly', () => {
    expect(standingOn(p, '2018-05-29')).toBe('not-in-force');
    expect(standingOn(p, '2018-05-30')).toBe('in-force');
    expect(standingOn(p, '2025-02-16')).toBe('in-force');
    expect(standingOn(p, '2025-02-17')).toBe('uncertain');
    expect(standingOn(p, '2025-04-23')).toBe('not-in-force');
  });
  it('refuses a date that is not a date, with a message', () => {
    expect(() => standingOn(p, '2019-02-30')).toThrow(/not a date/);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-02-28')).toBe(true);
  });
  it('every period is said in words, never a bare Gazette date', () => {
    const v = act('ptpa-2018').versions.find((x) => !x.current)!;
    expect(periodWords(v)).toMatch(/^as enacted 2018: from 30 May 2018 \(inferred, not printed.*\) until Act IX of 2025 commenced \(date not confirmed/);
    expect(periodShort(v)).toBe('as enacted 2018: from 2018 until Act IX of 2025 commenced (date not confirmed)');
    for (const id of ['ptpa-2018', 'psma-2018', 'blsa-1992', 'blsa-1992-punjab', 'sindh-blsa-2015', 'ppc']) {
      for (const ver of act(id).versions) {
        expect(ver.applies, `${id} ${ver.id} has no period`).toBeDefined();
        expect(periodWords(ver)).not.toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
      }
    }
  });
});
