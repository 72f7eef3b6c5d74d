import { offencesExportSchema } from '../../src/schemas/offence-export.ts';
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { z } from 'zod';
import { loadOffences, toExport, pinpointCitation, pinpointCite, pinpointBlock } from '../../src/lib/offences.ts';
import { offenceSchema, OFFENCE_ELEMENTS } from '../../src/schemas/index.ts';
import { provisionUrl } from '../../src/lib/urls.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BAD = join(ROOT, 'tests', 'fixtures', 'offences-bad');

function errorOf(fn: () => unknown): string {
  try { fn(); } catch (e) { return (e as Error).message; }
  throw new Error('expected an error');
}

describe('loadOffences on tests/fixtures/offences-bad', () => {
  const message = errorOf(() => loadOffences(BAD));

  it('names the file and field of an unknown Act id', () => {
    expect(message).toMatch(/offences-bad\/offences\/unknown-act\.yaml: \[0\] no-such-act-1-2020 act: unknown Act id "no-such-act" \(known: demo-act\)/);
  });

  it('names a duplicate id, with both files', () => {
    expect(message).toMatch(/offences\/duplicate-id\.yaml: \[0\] demo-act-1-1-2020 id: duplicate id "demo-act-1-1-2020" \(also in offences-bad\/offences\/demo-act-2020\.yaml\)/);
  });

  it('names a missing provision file', () => {
    expect(message).toMatch(/offences\/demo-act-2020\.yaml: \[1\] demo-act-2-2020 provision: missing provision: no file offences-bad\/provisions\/demo-act\/2020-01-01\/s2\.mdx/);
  });

  it('names a pinpoint that is not in the provision', () => {
    expect(message).toMatch(/offences\/demo-act-2020\.yaml: \[2\] demo-act-1-9-2020 pinpoint: no line <L id="s1-9">/);
  });

  it('names a schema fault by field', () => {
    expect(message).toMatch(/offences\/bad-subject\.yaml: \[0\] demo-act-1-1-b-2020 subject: /);
  });

  it('reports all the faults at once, and nothing about the good record', () => {
    expect(message).toMatch(/^offences-bad\/offences has 5 fault\(s\):/);
    expect(message).not.toMatch(/\[0\] demo-act-1-1-2020 (?!id)/);
  });
});

describe('loadOffences: more faults, on a copy of the fixture', () => {
  /** A copy of the fixture's Act and provision, with one offences file, x.yaml, holding `text`. */
  const withFile = (_label: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'offences-'));
    cpSync(BAD, dir, { recursive: true });
    rmSync(join(dir, 'offences'), { recursive: true });
    mkdirSync(join(dir, 'offences'));
    writeFileSync(join(dir, 'offences', 'x.yaml'), text);
    return dir;
  };

  it('loads a good file, with the citation read from the pinpoint line', () => {
    const good = loadOffences(withFile('good', goodRecord()));
    expect(good).toHaveLength(1);
    expect(good[0]).toMatchObject({ id: 'demo-act-1-1-2020', citation: '1(1)' });
    expect(good[0].provisionFile).toMatch(/^offences-[^/]+\/provisions\/demo-act\/2020-01-01\/s1\.mdx$/);
    expect(good[0].file).toMatch(/^offences-[^/]+\/offences\/x\.yaml$/);
  });

  it('refuses a file that is not a list', () => {
    expect(errorOf(() => loadOffences(withFile('x', 'id: 1\n')))).toMatch(/offences\/x\.yaml: \(root\): must be a list/);
  });

  it('refuses a version the Act does not have, and a wrong "current"', () => {
    expect(errorOf(() => loadOffences(withFile('x', goodRecord().replace('"2020-01-01"', '"2019-01-01"'))))).toMatch(/\[0\] demo-act-1-1-2020 version: Act "demo-act" has no version "2019-01-01"/);
    expect(errorOf(() => loadOffences(withFile('x', goodRecord().replace('current: true', 'current: false'))))).toMatch(/current: is false, but version 2020-01-01 of "demo-act" is the current one/);
  });

  it('refuses a tag outside the vocabulary, naming the field', () => {
    expect(errorOf(() => loadOffences(withFile('x', goodRecord().replace('victim: [any]', 'victim: [anyone]'))))).toMatch(/elements\.victim\.0/);
  });

  it('refuses a fine with no statement of how it combines', () => {
    expect(errorOf(() => loadOffences(withFile('x', goodRecord().replace('liable: false', 'liable: true'))))).toMatch(/punishment\.combination: a fine is recorded/);
  });
});

function goodRecord() {
  return `- id: demo-act-1-1-2020
  act: demo-act
  version: "2020-01-01"
  provision: "1"
  pinpoint: s1-1
  label: Demo offence
  subject: trafficking
  elements: { act: [attempt], means: [], purpose: [], victim: [any], circumstances: [] }
  punishment:
    imprisonment: { minYears: null, maxYears: 10, kind: unspecified, life: false, death: false }
    fine: { minRupees: null, maxRupees: null, liable: false, unlimited: false }
    combination: null
    text: which may extend to ten years
  figures: [ten years]
  cognizable: true
  bailable: false
  compoundable: null
  classificationSource: Demo
  court: Demo court
  agency: Demo agency
  current: true
`;
}

describe('loadOffences on content/', () => {
  const all = loadOffences(join(ROOT, 'content'));

  it('loads every record with a pinpoint citation', () => {
    expect(all.length).toBeGreaterThanOrEqual(58);
    const cite = (id: string) => all.find((o) => o.id === id)!.citation;
    expect(cite('ptpa-2018-3-2-2025')).toBe('3(2)');
    expect(cite('ptpa-2018-4-2025')).toBe('4');
    expect(cite('ppc-371a-2025')).toBe('371A');
    expect(cite('ppc-376-1a-2025')).toBe('376(1A)');
    expect(cite('blsa-1992-8-2-1992')).toBe('8(2)');
    expect(cite('psma-2018-4-2-2018')).toBe('4(2)');
  });

  it('uses only tags of the vocabulary', () => {
    for (const o of all) for (const k of Object.keys(OFFENCE_ELEMENTS) as Array<keyof typeof OFFENCE_ELEMENTS>) {
      for (const t of o.elements[k]) expect((OFFENCE_ELEMENTS[k] as readonly string[]).includes(t), `${o.id} ${k} ${t}`).toBe(true);
    }
  });
});

describe('toExport', () => {
  const all = loadOffences(join(ROOT, 'content'));
  const urlOf = (o: { act: string; provision: string; pinpoint: string; current: boolean }) => `${provisionUrl(o.act, o.provision, o.current ? undefined : 'as-enacted')}#${o.pinpoint}`;

  const ctx = { period: { name: 'as amended by Act IX of 2025', from: { earliest: '2025-02-17', latest: '2025-04-23', words: 'w' } }, periodWords: 'as amended by Act IX of 2025: from w', places: ['islamabad' as const] };
  it('gives the export shape, with the whole punishment', () => {
    const o = all.find((x) => x.id === 'ptpa-2018-3-2-2025')!;
    expect(toExport(o, urlOf, ctx)).toEqual({
      id: 'ptpa-2018-3-2-2025',
      act: 'ptpa-2018',
      provision: '3(2)',
      version: '2025-04-23',
      current: true,
      text: { name: 'as amended by Act IX of 2025', period: 'as amended by Act IX of 2025: from w', from: { earliest: '2025-02-17', latest: '2025-04-23', words: 'w' }, until: null },
      places: ['islamabad'],
      label: 'Trafficking in persons committed against a child or a woman',
      imprisonment: { kind: 'unspecified', minYears: null, maxYears: 14, life: false, remainderOfLife: false, death: false },
      fine: { minRupees: null, maxRupees: 2000000, liable: false, unlimited: false },
      combination: 'and',
      forfeiture: false,
      fineAloneLawful: false,
      punishmentText: o.punishment.text,
      punishmentSummary: 'imprisonment up to 14 years and fine up to Rs 2,000,000',
      cognizable: true,
      bailable: false,
      compoundable: false,
      court: o.court,
      agency: o.agency,
      url: '/ptpa-2018/s3/#s3-2',
    });
    expect(offencesExportSchema.safeParse([toExport(o, urlOf, ctx)]).success).toBe(true);
  });

  it('carries combination for every record: PTPA s. 3(1) "or-both" in 2018 and "and" in 2025; forfeiture for PPC 365A', () => {
    const ex = (id: string) => toExport(all.find((x) => x.id === id)!, urlOf, ctx);
    for (const o of all) expect(Object.keys(toExport(o, urlOf, ctx)), o.id).toContain('combination');
    expect(ex('ptpa-2018-3-1-2018').combination).toBe('or-both');
    expect(ex('ptpa-2018-3-1-2025').combination).toBe('and');
    expect(ex('ptpa-2018-3-1-2018').fineAloneLawful).toBe(true);
    expect(ex('ppc-365a-2025').forfeiture).toBe(true);
    expect(ex('ppc-363-2025').fine.liable).toBe(true);
  });

  it('works on a record not loaded from content, citing from the pinpoint id', () => {
    const raw = all.find((x) => x.id === 'ppc-376-1a-2025')!;
    const { citation: _c, file: _f, provisionFile: _p, ...data } = raw;
    const plain = offenceSchema(z).parse(data);
    expect(toExport(plain, urlOf, ctx).provision).toBe('376(1A)');
    expect(toExport(plain, urlOf, ctx).url).toBe('/ppc/s376/#s376-1a');
  });
});

describe('pinpoint helpers', () => {
  it('pinpointCitation reads the id', () => {
    expect(pinpointCitation('3', 's3-2')).toBe('3(2)');
    expect(pinpointCitation('4', 's4-text-2')).toBe('4');
    expect(pinpointCitation('376', 's376-1a')).toBe('376(1A)');
    expect(pinpointCitation('371A', 's371a-text-1')).toBe('371A');
    expect(pinpointCitation('3', 's3-3-a-i')).toBe('3(3)(a)(i)');
    expect(() => pinpointCitation('3', 's4-1')).toThrow();
  });

  it('pinpointCite and pinpointBlock read the MDX', () => {
    const body = '<L id="s8-1" kind="subsec" cite="(1)" depth={0}>\n(1) One.\n</L>\n\n<L id="s8-10" kind="subsec" cite="(10)" depth={0}>\n(10) Ten.\n</L>\n';
    expect(pinpointCite(body, 's8-1')).toBe('(1)');
    expect(pinpointCite(body, 's8-10')).toBe('(10)');
    expect(pinpointCite(body, 's8-2')).toBeNull();
    expect(pinpointBlock(body, 's8-1')).toBe('<L id="s8-1" kind="subsec" cite="(1)" depth={0}>\n(1) One.\n</L>');
  });
});
