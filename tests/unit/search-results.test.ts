// The search page's pure helpers for results (src/lib/search-results.ts).
import { describe, it, expect } from 'vitest';
import { queryWords, contentWords, sameWord, mergeByWord, proximity, excerpt, pinpointHits, termsStart, contentWordList } from '../../src/lib/search-results.ts';

describe('query words', () => {
  it('splits on punctuation and drops stop words and stray letters', () => {
    expect(queryWords('Recruits, harbours, transports')).toEqual(['recruits', 'harbours', 'transports']);
    expect(contentWords('selling a girl for prostitution')).toEqual(['selling', 'girl', 'prostitution']);
    expect(contentWords("victim's consent")).toEqual(['victim', 'consent']);
    expect(contentWords('u/s 371-A r/w 371-B PPC')).toEqual(['371-a', '371-b', 'ppc']);
    expect(contentWords('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'onerror', 'alert']);
  });
  it('uses the statutes\' spellings', () => {
    expect(contentWords('organised begging')).toEqual(['organized', 'begging']);
    expect(contentWords('forced labor')).toEqual(['forced', 'labour']);
  });
  it('keeps the words when nothing else is left', () => {
    expect(contentWords('the act')).toEqual(['the', 'act']);
    expect(contentWords('x')).toEqual(['x']);
  });
});

describe('sameWord: is the word Pagefind matched the word searched for?', () => {
  it('accepts inflections and spellings', () => {
    expect(sameWord('selling', 'sells')).toBe(true);
    expect(sameWord('trafficking', 'trafficked')).toBe(true);
    expect(sameWord('labor', 'labour,')).toBe(true);
    expect(sameWord('compelled', 'compels')).toBe(true);
    expect(sameWord('begging', 'begging;')).toBe(true);
    expect(sameWord('beggary', '“beggary”')).toBe(true);
    expect(sameWord('or', '1[or')).toBe(true);
  });
  it('rejects prefix fallbacks', () => {
    expect(sameWord('zeppelin', 'Z')).toBe(false);
    expect(sameWord('img', 'imprisonment')).toBe(false);
    expect(sameWord('onerror', 'one')).toBe(false);
    expect(sameWord('x', undefined)).toBe(false);
  });
  it('numbers must match exactly', () => {
    expect(sameWord('371a', '371A.')).toBe(true);
    expect(sameWord('37', '371')).toBe(false);
  });
});

describe('mergeByWord', () => {
  it('a rare word counts for more than a common one', () => {
    // "kidnapping" on many pages, "ransom" on one, "child" on a few.
    const kidnapping = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, score: 1 }));
    const child = [{ id: 'b', score: 1 }, { id: 'g', score: 1 }];
    const ransom = [{ id: 'c', score: 1 }];
    const m = mergeByWord([kidnapping, child, ransom], 100);
    expect(m[0].id).toBe('c');
    expect(m[1].id).toBe('b');
    expect(m.find((x) => x.id === 'c')!.hits).toBe(2);
  });
  it('ignores empty lists and duplicate ids', () => {
    expect(mergeByWord([[], [{ id: 'a', score: 2 }, { id: 'a', score: 1 }]], 10)).toEqual([{ id: 'a', score: Math.log(11), hits: 1 }]);
  });
});

describe('proximity', () => {
  it('1 when the words stand together, 0 when scattered', () => {
    expect(proximity('debt bondage', 'slavery or debt bondage and forced labour')).toBe(1);
    expect(proximity('compelled labour', 'Whoever compels any person to labour')).toBe(0);
    expect(proximity('confiscation or destruction of travel document', 'confiscation or destruction of any travel document of the victim')).toBe(1);
    expect(proximity('coercion', 'coercion')).toBe(0);
  });
});

describe('excerpt', () => {
  const text = 'one two three four five six seven eight nine ten eleven twelve';
  const words = contentWordList(text);
  const loc = (...ls: number[]) => ls.map((location) => ({ weight: 1, balanced_score: 1, location }));
  it('marks the matched words, as text segments', () => {
    const segs = excerpt(words, loc(6), 5);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['seven']);
    expect(segs.map((s) => s.text).join('')).toMatch(/^… .*seven.* …$/);
  });
  it('stays within its range, and opens the range when nothing matched there', () => {
    expect(excerpt(words, loc(11), 3, 0, 4).map((s) => s.text).join('')).toBe('one two three …');
    expect(excerpt(words, [], 20).map((s) => s.text).join('')).toBe(text);
  });
  it('never produces HTML: markup in the text stays text', () => {
    const w = contentWordList('a <b>bold</b> claim');
    const segs = excerpt(w, loc(1), 10);
    expect(segs.find((s) => s.mark)!.text).toBe('<b>bold</b>');
  });
});

describe('pinpointHits and termsStart', () => {
  const anchors = [
    { element: 'section', id: 's3', location: 10 },
    { element: 'div', id: 's3-1', location: 10 },
    { element: 'a', id: 's3-fnref-F1-1', location: 20 },
    { element: 'div', id: 's3-2', location: 30 },
    { element: 'div', id: 's3-3', location: 40 },
    { element: 'div', id: 's3-3-a', location: 44 },
    { element: 'div', id: 'search-terms', location: 60 },
  ];
  const pins = { 's3-1': '(1)', 's3-2': '(2)', 's3-3': '(3)', 's3-3-a': '(3)(a)' };
  const loc = (...ls: number[]) => ls.map((location) => ({ weight: 1, balanced_score: 1, location }));
  it('groups matches by statute line, best first, ignoring the hidden terms', () => {
    const hits = pinpointHits(anchors, loc(12, 25, 45, 47, 48, 61, 62), pins, termsStart(anchors, 70));
    expect(hits.map((h) => [h.id, h.count])).toEqual([['s3-3-a', 3], ['s3-1', 2]]);
    expect(hits[0]).toMatchObject({ cite: '(3)(a)', from: 44, to: 60 });
  });
  it('termsStart falls back to the end of the page', () => {
    expect(termsStart([], 99)).toBe(99);
  });
});
