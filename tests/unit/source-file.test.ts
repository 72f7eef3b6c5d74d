import { describe, it, expect } from 'vitest';
import { parseSourceFile, splitSections, sectionHeading } from '../../src/lib/source-file.ts';

const FILE = `title: A test Act
act-number: Act No. I of 2000
---
ACT NO. I OF 2000

An Act to test

1. Short title.—(1) This Act may be called the Test Act.
(2) It extends to the whole of Pakistan.

[Sub-heading] Of Tests

{F4}[10. Cognizance of offences.—(1) Notwithstanding …
    {F4} Subs. by Act No. IX of 2025, s.7.
{F8}366. [Kidnapping, abducting or inducing woman to compel her marriage, etc.] Rep. by the Ordinance, 1979.
369A. {F13}* * * * * * *
    {F13} Omitted by Act XXXIV of 2018,s.16(3).
`;

describe('parseSourceFile and splitSections', () => {
  const src = parseSourceFile(FILE);
  const blocks = splitSections(src.lines);

  it('reads the header and drops blank lines', () => {
    expect(src.header['act-number']).toBe('Act No. I of 2000');
    expect(src.lines).not.toContain('');
  });

  it('splits the preamble and sections, keeping notes and sub-headings with their section', () => {
    expect(blocks.map((b) => b.number)).toEqual(['preamble', '1', '10', '366', '369A']);
    expect(blocks[2].group).toBe('Of Tests');
    expect(blocks[2].lines).toHaveLength(2);
    expect(blocks[0].lines).toEqual(['ACT NO. I OF 2000', 'An Act to test']);
  });

  it('takes headings without markers, brackets or the closing stop', () => {
    expect(sectionHeading(blocks[1].lines[0])).toBe('Short title');
    expect(sectionHeading(blocks[2].lines[0])).toBe('Cognizance of offences');
    expect(sectionHeading(blocks[3].lines[0])).toBe('Kidnapping, abducting or inducing woman to compel her marriage, etc.');
    expect(sectionHeading('{F4}[364A. Kidnapping or abducting a person under the {F5}[age of fourteen].—Whoever')).toBe('Kidnapping or abducting a person under the age of fourteen');
  });

  it('refuses a file with no header separator', () => {
    expect(() => parseSourceFile('no header here')).toThrow(/---/);
  });
});

describe('marginal notes (the Sindh print sets its headings in the margin)', () => {
  it('a marginal note before a section opens that section; one inside the preamble stays there', () => {
    const blocks = splitSections(['AN', 'WHEREAS a.', '[Marginal note: Preamble.]', 'AND WHEREAS b;', '[Marginal note: Short title.]', '1. (1) This Act.', '(2) It extends.', '[Marginal note: Definitions.]', '2. In this Act -', '(a) "x" means y;']);
    expect(blocks.map((b) => [b.number, b.lines])).toEqual([
      ['preamble', ['AN', 'WHEREAS a.', '[Marginal note: Preamble.]', 'AND WHEREAS b;']],
      ['1', ['[Marginal note: Short title.]', '1. (1) This Act.', '(2) It extends.']],
      ['2', ['[Marginal note: Definitions.]', '2. In this Act -', '(a) "x" means y;']],
    ]);
  });
});
