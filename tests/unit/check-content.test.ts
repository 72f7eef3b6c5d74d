// Bad content stops the build with a message naming the file and the field. Each scenario starts
// from the valid fixture in tests/fixtures/content-ok and breaks one thing.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { checkContent } from '../../src/lib/check-content.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const SOURCES = join(FIX, 'sources');
const S1 = 'provisions/test-act/2020-01-01/s1.mdx';

function scenario(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(FIX, 'content-ok'), dir, { recursive: true });
  change(dir);
  return dir;
}
const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const p = join(dir, file);
  writeFileSync(p, readFileSync(p, 'utf8').replace(from, to));
};

describe('checkContent', () => {
  it('passes the valid fixture', () => {
    expect(checkContent(join(FIX, 'content-ok'), SOURCES)).toEqual([]);
  });

  it('names the file and field of a frontmatter error', () => {
    const dir = scenario((d) => edit(d, S1, 'kind: preliminary', 'kind: offense'));
    const [p] = checkContent(dir, SOURCES);
    expect(p.file).toMatch(/s1\.mdx$/);
    expect(p.field).toBe('kind');
    rmSync(dir, { recursive: true });
  });

  it('names an unknown Act id', () => {
    const dir = scenario((d) => edit(d, S1, 'act: test-act', 'act: ptpa-2108'));
    const [p] = checkContent(dir, SOURCES);
    expect(p).toMatchObject({ field: 'act' });
    expect(p.message).toContain('unknown Act id "ptpa-2108"');
    expect(p.file).toContain('s1.mdx');
    rmSync(dir, { recursive: true });
  });

  it('names a duplicate section number', () => {
    const dir = scenario((d) => {
      const text = readFileSync(join(d, S1), 'utf8');
      mkdirSync(join(d, 'provisions/test-act/2020-01-01'), { recursive: true });
      writeFileSync(join(d, 'provisions/test-act/2020-01-01/s01.mdx'), text);
    });
    const problems = checkContent(dir, SOURCES);
    expect(problems.some((p) => p.field === 'number' && /duplicate section number 1/.test(p.message))).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('names a duplicate pinpoint id', () => {
    const dir = scenario((d) => {
      const p = join(d, S1);
      writeFileSync(p, readFileSync(p, 'utf8') + '\n<L id="s1-1" akn="x" kind="subsec" cite="(1)" depth={0}>\nagain\n</L>\n');
    });
    const [p] = checkContent(dir, SOURCES);
    expect(p).toMatchObject({ field: 'pinpoint s1-1', message: 'duplicate pinpoint id "s1-1"' });
    rmSync(dir, { recursive: true });
  });

  it('names a missing source file', () => {
    const dir = scenario((d) => edit(d, S1, 'file: test-act.txt', 'file: nowhere.txt'));
    const [p] = checkContent(dir, SOURCES);
    expect(p).toMatchObject({ field: 'source.file' });
    expect(p.message).toContain('"nowhere.txt" not found');
    rmSync(dir, { recursive: true });
  });

  it('names a footnote marker without its note', () => {
    const dir = scenario((d) => edit(d, S1, 'Fixture Act.', 'Fixture <Fn f="F1" s="1" k={1} />Act.'));
    const [p] = checkContent(dir, SOURCES);
    expect(p).toMatchObject({ field: 'footnotes' });
    rmSync(dir, { recursive: true });
  });

  it('names a list file whose YAML does not parse, and a bad field in a notice', () => {
    const dir = scenario((d) => writeFileSync(join(d, 'notices.yaml'), '- id: a\n  date: 2025-01-01\n  title: x: y: z\n'));
    expect(checkContent(dir, SOURCES)[0]).toMatchObject({ file: expect.stringMatching(/notices\.yaml$/), field: '(yaml)' });
    writeFileSync(join(dir, 'notices.yaml'), '- id: a\n  date: 1 Jan 2025\n  acts: []\n  title: x\n  text: y\n');
    expect(checkContent(dir, SOURCES)[0]).toMatchObject({ field: '0.date' });
    rmSync(dir, { recursive: true });
  });

  it('stops the build script with the file and field in its message', () => {
    const dir = scenario((d) => edit(d, S1, 'act: test-act', 'act: nope'));
    let out = '';
    try {
      execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'check-content.ts')], {
        stdio: 'pipe', env: { ...process.env, CONTENT_DIR: dir, SOURCES_DIR: SOURCES },
      });
    } catch (e) { out = String((e as { stderr: Buffer }).stderr); }
    expect(out).toMatch(/s1\.mdx: act: unknown Act id "nope"/);
    rmSync(dir, { recursive: true });
  });
});

describe('checkContent: the search glossary', () => {
  const term = (provisions: string) => `term: Test term\nurdu: [آزمائش]\nroman: [azmaish]\ndescriptions: [a test]\nprovisions: [${provisions}]\n`;
  it('passes a term that leads to a provision the library holds', () => {
    const dir = scenario((d) => { mkdirSync(join(d, 'glossary')); writeFileSync(join(d, 'glossary', 'ok.yaml'), term('test-act/1')); });
    expect(checkContent(dir, SOURCES)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
  it('names the file and field of a provision that does not exist', () => {
    const dir = scenario((d) => { mkdirSync(join(d, 'glossary')); writeFileSync(join(d, 'glossary', 'bad.yaml'), term('test-act/1, test-act/99')); });
    const [p] = checkContent(dir, SOURCES);
    expect(p.file).toMatch(/glossary\/bad\.yaml$/);
    expect(p.field).toBe('provisions.1');
    expect(p.message).toContain('no section 99');
    rmSync(dir, { recursive: true });
  });
  it('names the field of a term with no Urdu, or Urdu in the wrong script', () => {
    const dir = scenario((d) => { mkdirSync(join(d, 'glossary')); writeFileSync(join(d, 'glossary', 'bad.yaml'), term('test-act/1').replace('[آزمائش]', '[azmaish]')); });
    const [p] = checkContent(dir, SOURCES);
    expect(p).toMatchObject({ field: 'urdu.0', message: 'Urdu script only' });
    rmSync(dir, { recursive: true });
  });
});
