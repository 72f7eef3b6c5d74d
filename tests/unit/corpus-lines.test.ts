import { describe, it, expect } from 'vitest';
import { linesFromMdx } from '../../src/lib/corpus/lines.ts';

describe('linesFromMdx', () => {
  it('keeps pinpoint ids and separates footnote markers, gaps and editorial remarks from the statute words', () => {
    const body = `---\nnumber: "374"\n---\n\n<L id="s374-1" akn="sec_374__subsec_1" kind="subsec" cite="(1)" depth={0}>\n<Hd><Fn f="F17" s="374" k={1} />\\[374. Unlawful compulsory labour.</Hd>—(1)\\] Whoever unlawfully compels\n any person <Gap>a line is missing</Gap> to labour <Ed>sic</Ed>.\n</L>\n`;
    const [l] = linesFromMdx(body);
    expect(l).toMatchObject({ id: 's374-1', akn: 'sec_374__subsec_1', kind: 'subsec', cite: '(1)', depth: 0 });
    expect(l.text).toBe('[374. Unlawful compulsory labour.—(1)] Whoever unlawfully compels any person […] to labour .');
    expect(l.parts.map((p) => p.type)).toEqual(['footnoteRef', 'text', 'gap', 'text', 'editorial', 'text']);
    expect(l.parts[0]).toEqual({ type: 'footnoteRef', footnote: 'F17' });
    expect(l.parts[2]).toEqual({ type: 'gap', note: 'a line is missing' });
    expect(l.parts[4]).toEqual({ type: 'editorial', text: 'sic' });
  });

  it('names the line when an unexpected tag would alter the text', () => {
    expect(() => linesFromMdx('<L id="s1-1" cite="(1)" depth={0}>a <b>b</b></L>')).toThrow(/s1-1.*<b>/);
  });
});
