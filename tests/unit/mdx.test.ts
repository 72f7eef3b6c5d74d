import { describe, it, expect } from 'vitest';
import { escapeMdx, lineToMdx, mdxToPlainLines } from '../../src/lib/mdx.ts';
import { normalise, firstDifference } from '../../src/lib/normalise.ts';

describe('escapeMdx / lineToMdx', () => {
  it('escapes Markdown and MDX syntax so the text reaches the page as printed', () => {
    expect(escapeMdx('1. Short title')).toBe('1\\. Short title');
    expect(escapeMdx('a * b [c] {d} <e> _f_')).toBe('a \\* b \\[c\\] \\{d\\} \\<e\\> \\_f\\_');
  });

  it('turns footnote markers, gaps and editorial remarks into components, counting references', () => {
    const counts = {};
    const out = lineToMdx('to {F1}[ten years] and {F1}[fine] under [[GAP: one line missing]] [Editorial: note]', '3', counts);
    expect(out).toContain('<Fn f="F1" s="3" k={1} />\\[ten years\\]');
    expect(out).toContain('<Fn f="F1" s="3" k={2} />');
    expect(out).toContain('<Gap>one line missing</Gap>');
    expect(out).toContain('<Ed>Editorial: note</Ed>');
    expect(counts).toEqual({ F1: 2 });
  });

  it('round-trips to plain text for comparisons', () => {
    const body = `<L id="s1-1" akn="x" kind="subsec" cite="(1)" depth={0}>\n${lineToMdx('(1) a {F1}[b] * c', '1', {})}\n</L>\n`;
    expect(mdxToPlainLines(body)).toEqual(['(1) a [b] * c']);
  });
});

describe('normalise', () => {
  it('treats typography as equal and every letter as different', () => {
    expect(normalise('“child”  means—a person’s')).toBe(normalise('"child" means-a person\'s'));
    expect(normalise('ten years')).not.toBe(normalise('ten yeers'));
    expect(firstDifference('ten years', 'ten yeers')).toMatch(/character 6/);
    expect(firstDifference('same', 'same')).toBeNull();
  });
});
