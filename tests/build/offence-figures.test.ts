// Every figure of the offences data is traced back to the words of the provision it is read
// from. Reads content/ directly (not dist/). Each failure names the record and the figure.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { offenceSchema, type OffenceData } from '../../src/schemas/index.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { figureProblems } from '../../src/lib/offence-figures.ts';
import { mdxToPlainLines } from '../../src/lib/mdx.ts';
import { plainForFigures } from '../../src/lib/figures.ts';
import { loadOffences, provisionPath } from '../../src/lib/offences.ts';
import { parseCrpcSchedule, classify } from '../../src/lib/crpc.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const SOURCES = process.env.SOURCES_DIR ?? join(ROOT, '..', 'shared', 'sources');
const OFFENCES = join(CONTENT, 'offences');

// Records are read straight from the YAML (not through loadOffences), so that a planted wrong
// figure is reported here by record and figure, whatever else is wrong.
const records: Array<OffenceData & { file: string }> = readdirSync(OFFENCES)
  .filter((n: string) => n.endsWith('.yaml'))
  .sort()
  .flatMap((name: string) => (parse(readFileSync(join(OFFENCES, name), 'utf8')) as unknown[]).map((raw) => ({ ...offenceSchema(z).parse(raw), file: name })));

const problemsOf = (o: OffenceData) => figureProblems(o, CONTENT);
const plain = (mdxBody: string) => mdxToPlainLines(mdxBody).join('\n');

describe('offences: figures traced to the provisions', () => {
  it('has records', () => expect(records.length).toBeGreaterThan(0));
  for (const o of records) {
    it(`${o.id} (${o.file})`, () => {
      expect(problemsOf(o)).toEqual([]);
    });
  }
});

describe('offences: coverage and classification', () => {
  it('loads through loadOffences without a fault', () => {
    expect(loadOffences(CONTENT)).toHaveLength(records.length);
  });

  it('has every offence-creating provision of the brief, for every version, and nothing else', () => {
    const key = (o: OffenceData) => `${o.act} ${o.version} ${o.pinpoint}`;
    const want: string[] = [];
    for (const v of ['2025-04-23', '2018-06-02']) for (const p of ['s3-1', 's3-2', 's4-text-2', 's5-1', 's5-2']) want.push(`ptpa-2018 ${v} ${p}`);
    for (const v of ['2025-04-21', '2018-05-24']) for (const p of ['s3-text-1', 's4-2', 's5-text-1', 's6-text-1', 's7-1', 's7-2']) want.push(`psma-2018 ${v} ${p}`);
    for (const p of ['s363-text-1', 's364-text-1', 's364a-text-1', 's365-text-1', 's365a-text-1', 's365b-text-1', 's366a-text-1', 's366b-text-1',
      's367-text-1', 's367a-text-1', 's368-text-1', 's369-text-1', 's370-text-1', 's371-text-1', 's371a-text-1', 's371b-text-1', 's374-1', 's374-2',
      's375a-text-1', 's376-1', 's376-1a', 's376-3', 's376-4', 's376a-1', 's377-text-1', 's377b-text-1']) want.push(`ppc 2025-11-30 ${p}`);
    // PPC 365B creates two offences in one line (kidnapping or abducting a woman; inducing her by compulsion): one record per limb.
    want.push('ppc 2025-11-30 s365b-text-1');
    for (const [a, v] of [['blsa-1992', '1992-03-17'], ['blsa-1992-punjab', '2012-02-11']])
      for (const p of ['s8-2', 's11-text-1', 's12-text-1', 's13-text-1', 's14-text-1']) want.push(`${a} ${v} ${p}`);
    expect(records.map(key).sort()).toEqual(want.sort());
  });

  it('gives each PPC offence the classification of its CrPC Schedule II row', () => {
    const schedule = parseCrpcSchedule(readFileSync(join(SOURCES, 'crpc-schedule-ii-359-377.tsv'), 'utf8'));
    const wrong: string[] = [];
    for (const o of records.filter((r) => r.act === 'ppc')) {
      const c = classify(schedule, o.provision);
      for (const k of ['cognizable', 'bailable', 'compoundable'] as const) if (o[k] !== c[k]) wrong.push(`${o.id}: ${k} is ${o[k]} but Schedule II row ${c.row.section} gives ${c[k]}`);
      if (!o.classificationSource.includes(`row ${c.row.section}`)) wrong.push(`${o.id}: classificationSource does not name row ${c.row.section}`);
      if (!o.court.startsWith(c.row.court)) wrong.push(`${o.id}: court "${o.court}" is not the Schedule II court "${c.row.court}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the special Acts the classification of their own sections', () => {
    const want: Record<string, [boolean | null, boolean | null, boolean | null]> = {
      // PTPA s. 9: 2018 "cognizable and non-bailable"; 2025 "cognizable, non-compoundable and non-bailable".
      'ptpa-2018 2018-06-02': [true, false, null],
      'ptpa-2018 2025-04-23': [true, false, false],
      // PSMA s. 9: "cognizable, non-bailable, and non-compoundable" in both versions.
      'psma-2018 2018-05-24': [true, false, false],
      'psma-2018 2025-04-21': [true, false, false],
      // BLSA s. 17: "cognizable and bailable".
      'blsa-1992 1992-03-17': [true, true, null],
      'blsa-1992-punjab 2012-02-11': [true, true, null],
    };
    const wrong: string[] = [];
    for (const o of records.filter((r) => r.act !== 'ppc')) {
      const w = want[`${o.act} ${o.version}`];
      if (JSON.stringify([o.cognizable, o.bailable, o.compoundable]) !== JSON.stringify(w)) wrong.push(`${o.id}: ${[o.cognizable, o.bailable, o.compoundable]} but expected ${w}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads the classification words of the special Acts from their sections', () => {
    const line = (act: string, version: string, n: string) => plain(splitFrontmatter(readFileSync(provisionPath(CONTENT, act, version, n), 'utf8')).body);
    expect(line('ptpa-2018', '2018-06-02', '9')).toContain('shall be cognizable and non-bailable under the Code');
    expect(plainForFigures(line('ptpa-2018', '2025-04-23', '9'))).toContain('shall be cognizable , non-compoundable and non-bailable under the Code');
    for (const v of ['2018-05-24', '2025-04-21']) expect(line('psma-2018', v, '9')).toContain('shall be cognizable, non-bailable, and non-compoundable');
    expect(line('blsa-1992', '1992-03-17', '17')).toContain('shall be cognizable and bailable');
    expect(line('blsa-1992-punjab', '2012-02-11', '17')).toContain('shall be cognizable and bailable');
  });
});
