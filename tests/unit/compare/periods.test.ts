// The date switch of /compare/offences/, on the Acts' real periods (content/acts/*.yaml).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { actSchema } from '../../../src/schemas/index.ts';
import { tablesFor } from '../../../src/lib/compare/periods.ts';

const act = (id: string, name: string) => ({ act: id, name, versions: actSchema(z).parse(parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'acts', `${id}.yaml`), 'utf8'))).versions });
const acts = [act('ptpa-2018', 'PTPA'), act('psma-2018', 'PSMA')];

describe('tablesFor', () => {
  it('an offence in 2024 calls for the 2018 texts only', () => {
    expect(tablesFor(acts, '2024-06-01')).toMatchObject({ now: false, before: true, uncertain: false });
  });
  it('an offence in June 2025 calls for the 2025 texts only', () => {
    expect(tablesFor(acts, '2025-06-01')).toMatchObject({ now: true, before: false, uncertain: false });
  });
  it('an offence in March 2025 calls for both, marked uncertain, and says why', () => {
    const t = tablesFor(acts, '2025-03-10');
    expect(t).toMatchObject({ now: true, before: true, uncertain: true });
    expect(t.lines[0]).toMatch(/^PTPA: .*may apply/);
  });
  it('between 21 and 23 April 2025 the PSMA is settled and the PTPA is not', () => {
    const t = tablesFor(acts, '2025-04-22');
    expect(t.uncertain).toBe(true);
    expect(t.lines[1]).not.toMatch(/may apply/);
  });
  it('before the Acts: no text held, said so, and the earlier table shown', () => {
    const t = tablesFor(acts, '2017-01-01');
    expect(t).toMatchObject({ now: false, before: true });
    expect(t.lines[0]).toContain('no text held');
  });
});
