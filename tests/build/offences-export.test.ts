// dist/data/offences.json is valid against the JSON Schema published beside it
// (dist/data/offences.schema.json, generated from the zod schema), and carries the whole
// punishment for every record.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { DIST } from '../support/site.ts';

const data = JSON.parse(readFileSync(join(DIST, 'data', 'offences.json'), 'utf8')) as Record<string, unknown>[];
const schema = JSON.parse(readFileSync(join(DIST, 'data', 'offences.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the offence data export', () => {
  it('validates against its published JSON Schema', () => {
    const ok = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    expect(data.length).toBeGreaterThanOrEqual(58);
  });

  it('the schema refuses a record that drops the shape of its punishment', () => {
    const { combination: _c, ...noCombination } = data[0];
    expect(validate([noCombination])).toBe(false);
    expect(validate([{ ...data[0], imprisonment: { ...(data[0].imprisonment as object), kind: 'hard' } }])).toBe(false);
  });

  it('PTPA s. 3(1) reads "or-both" in 2018 and "and" in 2025; PPC 365A carries forfeiture; every record names its text and period', () => {
    const by = (id: string) => data.find((r) => r.id === id)!;
    expect(by('ptpa-2018-3-1-2018').combination).toBe('or-both');
    expect(by('ptpa-2018-3-1-2025').combination).toBe('and');
    expect(by('ppc-365a-2025').forfeiture).toBe(true);
    expect((by('ptpa-2018-3-1-2018').text as { period: string }).period).toMatch(/^as enacted 2018: from 30 May 2018/);
    for (const r of data) expect('combination' in r, String(r.id)).toBe(true);
    expect(by('blsa-1992-punjab-11-2012').places).toEqual(['punjab']);
    expect(by('ptpa-2018-3-1-2025').places).toHaveLength(6);
  });
});
