// Published text is in Unicode NFC: a GREEK QUESTION MARK (U+037E) that looks like ";" (20 of them
// were in the federal Bonded Labour Act) or a decomposed accent stops the content check, named by
// file and field.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent } from '../../src/lib/check-content.ts';
import { nfcChange, nfcProblems } from '../../src/lib/content/nfc.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const GREEK_QUESTION_MARK = '\u037E';

describe('nfcChange', () => {
  it('finds the Greek question mark and the decomposed accent, and passes plain text', () => {
    expect(nfcChange(`of this Act${GREEK_QUESTION_MARK} and`)).toMatch(/U\+037E .* becomes U\+003B/);
    expect(nfcChange('Cafe\u0301')).toMatch(/U\+0065 U\+0301 .* become U\+00E9/);
    expect(nfcChange('advance (peshgi); “bonded labour” — اغوا')).toBeNull();
  });
});

describe('nfcProblems', () => {
  it('names the pinpoint line of an MDX body and the frontmatter field', () => {
    const mdx = `---\nheading: Definitions${GREEK_QUESTION_MARK}\nfootnotes: []\n---\n\n<L id="s2-a" akn="x" kind="para" cite="(a)" depth={0}>\n(a) text${GREEK_QUESTION_MARK}\n</L>\n`;
    const p = nfcProblems('s2.mdx', mdx);
    expect(p.map((x) => x.field)).toEqual(['frontmatter heading', 'pinpoint s2-a, line 7']);
  });
  it('names the dotted path of a YAML field', () => {
    const p = nfcProblems('x.yaml', `- id: a\n  punishment:\n    text: "or with both ${GREEK_QUESTION_MARK} and"\n`);
    expect(p).toEqual([{ field: '0.punishment.text', message: expect.stringContaining('U+037E') }]);
  });
});

describe('the content check', () => {
  it('fails on a published line that NFC would change, naming file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(FIX, 'content-ok'), dir, { recursive: true });
    const s1 = join(dir, 'provisions/test-act/2020-01-01/s1.mdx');
    writeFileSync(s1, readFileSync(s1, 'utf8').replace('the Fixture Act.', `the Fixture Act${GREEK_QUESTION_MARK}`));
    const problems = checkContent(dir, join(FIX, 'sources'));
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/s1\.mdx$/);
    expect(problems[0].field).toBe('pinpoint s1-1, line 14');
    expect(problems[0].message).toContain('U+037E');
    rmSync(dir, { recursive: true });
  });

  it('the library’s own content is all NFC (the federal Act shows ";" as the source now has it)', () => {
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const bad = walk(join(import.meta.dirname, '..', '..', 'content')).flatMap((f) => nfcProblems(f, readFileSync(f, 'utf8')).map((p) => `${f}: ${p.field}`));
    expect(bad).toEqual([]);
  });
});
