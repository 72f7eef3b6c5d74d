// The change summaries and handouts are checked against the statute text: a summary that quotes
// words the text does not have, a changed section left without a summary, or statute text copied
// into a handout's prose each stop the build with the file and field named.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChanges, checkHandouts } from '../../../src/lib/compare/check-editorial.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function fixture(files: Record<string, string>) {
  const dir = join(mkdtempSync(join(tmpdir(), 'i12-')), 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const provision = (n: string, lines: string[]) =>
  `---\nnumber: "${n}"\n---\n\n${lines.map((t, i) => `<L id="s${n}-${i + 1}" akn="x" kind="subsec" cite="(${i + 1})" depth={0}>\n${t}\n</L>\n`).join('\n')}`;
const base = {
  'provisions/demo/2018-01-01/s1.mdx': provision('1', ['(1) It extends to the whole of Pakistan.']),
  'provisions/demo/2018-01-01/s2.mdx': provision('2', ['(1) Nothing changes here at all.']),
  'provisions/demo/2025-01-01/s1.mdx': provision('1', ['(1) It extends to the whole of \\[the Punjab\\].']),
  'provisions/demo/2025-01-01/s2.mdx': provision('2', ['(1) Nothing changes here at all.']),
};

describe('checkChanges', () => {
  it('passes the library’s own change summaries', () => {
    expect(checkChanges(join(ROOT, 'content'))).toEqual([]);
  });

  it('names a changed section left without a summary', () => {
    const dir = fixture({ ...base, 'changes/demo.yaml': 'act: demo\nearlier: "2018-01-01"\nlater: "2025-01-01"\nsections: []\n' });
    expect(checkChanges(dir)).toEqual([{ file: 'content/changes/demo.yaml', field: 'sections', message: 'section 1 differs between 2018-01-01 and 2025-01-01 but has no summary' }]);
  });

  it('names a summary of an unchanged section and a quoted phrase the text does not have', () => {
    const dir = fixture({
      ...base,
      'changes/demo.yaml': 'act: demo\nearlier: "2018-01-01"\nlater: "2025-01-01"\nsections:\n  - section: "1"\n    summary: Now extends to “the Punjab” (was “the whole of Sindh”).\n  - section: "2"\n    summary: Nothing.\n',
    });
    const problems = checkChanges(dir);
    expect(problems.map((p) => p.field)).toEqual(['sections.0.summary', 'sections.1.section']);
    expect(problems[0].message).toContain('“the whole of Sindh”');
  });
});

describe('checkHandouts', () => {
  const front = (extra = '') => `---\ntitle: Demo\norder: 1\nsummary: A demo.\noffences: { acts: [demo], subject: trafficking }\nprovisions: [{ act: demo, sections: ["1"] }]\nchecked: 2026-11-30\n${extra}---\n`;
  it('passes the library’s own handouts', () => {
    expect(checkHandouts(join(ROOT, 'content'))).toEqual([]);
  });

  it('refuses statute text copied into a handout’s prose', () => {
    const long = provision('1', ['(1) Any person who recruits, harbours or transports another person for compelled labour commits an offence.']);
    const dir = fixture({ 'provisions/demo/2018-01-01/s1.mdx': long, 'handouts/demo.mdx': `${front()}\nThe Act says: any person who recruits, harbours or transports another person for compelled labour commits an offence.\n` });
    const [p] = checkHandouts(dir);
    expect(p).toMatchObject({ file: 'content/handouts/demo.mdx', field: '(body)' });
  });

  it('names a handout field that points at a section the Act does not have', () => {
    const dir = fixture({ ...base, 'handouts/demo.mdx': front().replace('sections: ["1"]', 'sections: ["9"]') + '\nA short editorial note.\n' });
    expect(checkHandouts(dir)).toEqual([{ file: 'content/handouts/demo.mdx', field: 'provisions.0.sections.0', message: 'demo has no section 9' }]);
  });
});
