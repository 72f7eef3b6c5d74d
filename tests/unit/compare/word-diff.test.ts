import { describe, it, expect } from 'vitest';
import { wordDiff, spellingKey, changeCount } from '../../../src/lib/compare/word-diff.ts';

const join = (segs: ReturnType<typeof wordDiff>, side: 'del' | 'ins') => segs.map((s) => (s.kind === 'same' ? s.text : s[side])).join('');

describe('wordDiff', () => {
  it('marks "non-violent" -> "nonviolent" (PTPA s. 3(3)(a)) as a spelling-only change', () => {
    const segs = wordDiff('other forms of non-violent use of force', 'other forms of nonviolent use of force');
    const changes = segs.filter((s) => s.kind === 'change');
    expect(changes).toEqual([{ kind: 'change', del: 'non-violent', ins: 'nonviolent', spelling: true }]);
  });

  it('marks a change of words as a change of wording, not spelling', () => {
    const segs = wordDiff('imprisonment which may extend to seven years', 'imprisonment which may extend to ten years');
    expect(segs.filter((s) => s.kind === 'change')).toEqual([{ kind: 'change', del: 'seven', ins: 'ten', spelling: false }]);
  });

  it('rebuilds both texts exactly from its segments', () => {
    const a = 'It extends to the whole of Pakistan.';
    const b = 'It extends to the whole of the Punjab.';
    const segs = wordDiff(a, b);
    expect(join(segs, 'del')).toBe(a);
    expect(join(segs, 'ins')).toBe(b);
  });

  it('treats a pure insertion and a pure deletion as changes of wording', () => {
    expect(changeCount(wordDiff('a b', 'a x b'))).toEqual({ changes: 1, spelling: 0 });
    expect(changeCount(wordDiff('a x b', 'a b'))).toEqual({ changes: 1, spelling: 0 });
  });

  it('gives no change for the same text', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
  });
});

describe('spellingKey', () => {
  it('ignores hyphens, spaces, case and quote style only', () => {
    expect(spellingKey('Non-Violent')).toBe(spellingKey('nonviolent'));
    expect(spellingKey('“coercion”')).toBe(spellingKey('"coercion"'));
    expect(spellingKey('seven')).not.toBe(spellingKey('ten'));
  });
});

import { minorChangeLabel } from '../../../src/lib/compare/word-diff.ts';
describe('minorChangeLabel', () => {
  it('calls a change of quote style punctuation, and one of hyphen or capital spelling', () => {
    expect(minorChangeLabel('“', '"')).toBe('punctuation only');
    expect(minorChangeLabel('non-violent', 'nonviolent')).toBe('spelling only');
    expect(minorChangeLabel('If', 'if')).toBe('spelling only');
  });
});
