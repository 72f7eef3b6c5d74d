import { describe, it, expect } from 'vitest';
import { alignLines, alignSections, footnoteFor, changeOffsets, spellingOnly } from '../../../src/lib/compare/align.ts';
import { statuteLines } from '../../../src/lib/compare/lines.ts';

const mdx = (lines: [string, number, string][]) =>
  lines.map(([id, depth, text]) => `<L id="${id}" akn="x" kind="para" cite="" depth={${depth}}>\n${text}\n</L>\n`).join('\n');

describe('statuteLines', () => {
  it('reads id, depth and words, dropping footnote markers but keeping where they stood', () => {
    const [l] = statuteLines(mdx([['s1-2', 0, '(2) It extends to the whole of <Fn f="P2" s="1" k={1} />\\[the Punjab\\].']]));
    expect(l).toMatchObject({ id: 's1-2', depth: 0, text: '(2) It extends to the whole of [the Punjab].' });
    expect(l.markers).toEqual([{ fn: 'P2', at: '(2) It extends to the whole of '.length }]);
  });

  it('shows a gap as missing text, never as words of the statute', () => {
    const [l] = statuteLines(mdx([['s10-1-proviso', 1, 'the Special Court <Gap>one line missing</Gap> under this Act']]));
    expect(l.text).toBe('the Special Court [text missing: one line missing] under this Act');
  });
});

describe('alignLines', () => {
  const earlier = statuteLines(mdx([['s6-text-1', 0, 'A victim shall not be criminally liable.']]));
  const later = statuteLines(mdx([['s6-text-1', 0, 'A victim shall not be criminally or otherwise liable.'], ['s6-proviso', 0, 'Provided that the acts were a direct result.']]));

  it('compares lines with the same pinpoint word by word and shows a new line whole', () => {
    const rows = alignLines(earlier, later);
    expect(rows.map((r) => [r.earlier?.id, r.later?.id])).toEqual([['s6-text-1', 's6-text-1'], [undefined, 's6-proviso']]);
    expect(rows[0].segments.some((s) => s.kind === 'change' && s.ins.includes('or otherwise'))).toBe(true);
    expect(rows[1].segments).toEqual([{ kind: 'change', del: '', ins: 'Provided that the acts were a direct result.', spelling: false }]);
  });

  it('keeps the layout depth of each line', () => {
    const rows = alignLines(statuteLines(mdx([['s3-3-a', 1, '(a) x']])), statuteLines(mdx([['s3-3-a', 1, '(a) y']])));
    expect(rows[0].later?.depth).toBe(1);
  });

  it('says a provision whose only change is a spelling is spelling-only', () => {
    const rows = alignLines(statuteLines(mdx([['a', 0, 'non-violent use']])), statuteLines(mdx([['a', 0, 'nonviolent use']])));
    expect(spellingOnly(rows)).toBe(true);
    expect(spellingOnly(alignLines(earlier, later))).toBe(false);
  });
});

describe('alignSections', () => {
  it('lists every section once, marking where an Act lacks it', () => {
    expect(alignSections(['preamble', '1', '2', '3'], ['1', '2'])).toEqual([
      { number: 'preamble', present: [true, false] },
      { number: '1', present: [true, true] },
      { number: '2', present: [true, true] },
      { number: '3', present: [true, false] },
    ]);
  });
});

describe('footnoteFor', () => {
  it('ties a change to the marker nearest to it in the line, and to none when the line has no marker', () => {
    const later = statuteLines(mdx([['s1-2', 0, '(2) It extends to the whole of <Fn f="P2" s="1" k={1} />\\[the Punjab\\].']]))[0];
    const earlier = statuteLines(mdx([['s1-2', 0, '(2) It extends to the whole of Pakistan.']]))[0];
    const [row] = alignLines([earlier], [later]);
    const at = changeOffsets(row.segments);
    expect(at.map((a) => footnoteFor(later.markers, a))).toEqual(at.map(() => 'P2'));
    expect(footnoteFor([], 5)).toBeNull();
    expect(footnoteFor([{ fn: 'P3', at: 4 }, { fn: 'P4', at: 60 }], 55)).toBe('P4');
  });
});

describe('alignLines with renumbered lines', () => {
  it('compares a line whose pinpoint changed (PTPA s. 10 became s. 10(1)) word by word, not as removed and new', () => {
    const earlier = statuteLines(mdx([['s10-text-1', 0, '10. Cognizance of offences.—Notwithstanding anything contained in the Code, a Magistrate shall try an offence under the Act.']]));
    const later = statuteLines(mdx([
      ['s10-1', 0, '10. Cognizance of offences.—(1) Notwithstanding anything contained in the Code, a Magistrate shall try an offence under this Act:'],
      ['s10-1-proviso', 1, 'Provided that a Special Court shall try it.'],
    ]));
    const rows = alignLines(earlier, later);
    expect(rows.map((r) => [r.earlier?.id, r.later?.id])).toEqual([['s10-text-1', 's10-1'], [undefined, 's10-1-proviso']]);
  });
  it('does not pair lines that share few words', () => {
    const rows = alignLines(statuteLines(mdx([['a', 0, 'alpha beta gamma delta']])), statuteLines(mdx([['b', 0, 'one two three four']])));
    expect(rows.map((r) => [r.earlier?.id, r.later?.id])).toEqual([['a', undefined], [undefined, 'b']]);
  });
});
