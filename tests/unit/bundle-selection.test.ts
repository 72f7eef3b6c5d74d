import { describe, it, expect } from 'vitest';
import { parseSelection, formatSelection, parseRef, addRef, groupRefs, refsOf, moveGroup, removeFromGroups, MAX_REFS, MAX_PARAM } from '../../src/lib/bundle/selection.ts';

// A small library: PTPA s. 3 (current and as enacted), PSMA s. 6, PPC s. 371-A.
const index = {
  'ptpa-2018/s3': { pins: ['s3-1', 's3-2', 's3-3', 's3-3-a'] },
  'ptpa-2018/as-enacted/s3': { pins: ['s3-1', 's3-2'] },
  'psma-2018/s6': { pins: ['s6-text-1', 's6-a'] },
  'ppc/s371a': { pins: ['s371a-text-1', 's371a-expl', 's371a-expl-a'] },
};

describe('bundle addresses', () => {
  it('reads the shareable form, in the reader’s order, without duplicates', () => {
    const { refs, problems } = parseSelection('ptpa-2018/s3-2, psma-2018/s6,ppc/s371a,ptpa-2018/s3-2');
    expect(problems).toEqual([]);
    expect(formatSelection(refs)).toBe('ptpa-2018/s3-2,psma-2018/s6,ppc/s371a');
  });
  it('reads an earlier version’s address and writes it back the same', () => {
    expect(parseRef('ptpa-2018/as-enacted/s3-2')).toEqual({ act: 'ptpa-2018', version: 'as-enacted', pin: 's3-2' });
    expect(formatSelection(parseSelection('PTPA-2018/As-Enacted/S3-2').refs)).toBe('ptpa-2018/as-enacted/s3-2');
  });
  it('says which addresses it could not read, and keeps the rest', () => {
    const { refs, problems } = parseSelection('ptpa-2018/s3-2,<script>,ppc');
    expect(formatSelection(refs)).toBe('ptpa-2018/s3-2');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/“<script>” is not a provision address/);
  });
  it('refuses an over-long value whole, and caps the number of addresses', () => {
    const long = parseSelection('ptpa-2018/s3,'.repeat(300));
    expect(long.refs).toEqual([]);
    expect(long.problems[0]).toMatch(new RegExp(`too long .*at most ${MAX_PARAM}`));
    const many = parseSelection(Array.from({ length: MAX_REFS + 5 }, (_, i) => `ppc/s${i}`).join(','));
    expect(many.refs).toHaveLength(MAX_REFS);
    expect(many.problems[0]).toMatch(/at most 60 .*5 more were left out/);
  });
  it('treats nothing as an empty bundle', () => {
    expect(parseSelection(null)).toEqual({ refs: [], problems: [] });
    expect(parseSelection('  ')).toEqual({ refs: [], problems: [] });
  });
  it('adds a reference once', () => {
    const r = parseRef('ppc/s371a')!;
    expect(addRef(addRef([], r), r)).toHaveLength(1);
  });
});

describe('grouping by provision', () => {
  it('puts pinpoints under their provision, in order of first appearance, and names unknown ones', () => {
    const { refs } = parseSelection('ptpa-2018/s3-2,psma-2018/s6,ppc/s371a-expl-a,ptpa-2018/s3-3-a,ppc/s999,ptpa-2018/as-enacted/s3-2');
    const { groups, unknown } = groupRefs(refs, index);
    expect(groups).toEqual([
      { key: 'ptpa-2018/s3', pins: ['s3-2', 's3-3-a'] },
      { key: 'psma-2018/s6', pins: [] },
      { key: 'ppc/s371a', pins: ['s371a-expl-a'] },
      { key: 'ptpa-2018/as-enacted/s3', pins: ['s3-2'] },
    ]);
    expect(unknown).toEqual(['ppc/s999']);
    expect(formatSelection(refsOf(groups))).toBe('ptpa-2018/s3-2,ptpa-2018/s3-3-a,psma-2018/s6,ppc/s371a-expl-a,ptpa-2018/as-enacted/s3-2');
  });
  it('a pinpoint of another version is not taken for the current text', () => {
    const { groups, unknown } = groupRefs(parseSelection('ptpa-2018/as-enacted/s3-3-a').refs, index);
    expect(groups).toEqual([]);
    expect(unknown).toEqual(['ptpa-2018/as-enacted/s3-3-a']);
  });
  it('moves and removes provisions and pinpoints', () => {
    const { groups } = groupRefs(parseSelection('ptpa-2018/s3-2,psma-2018/s6,ppc/s371a').refs, index);
    expect(moveGroup(groups, 2, -1).map((g) => g.key)).toEqual(['ptpa-2018/s3', 'ppc/s371a', 'psma-2018/s6']);
    expect(moveGroup(groups, 0, -1)).toBe(groups);
    expect(moveGroup(groups, 2, 1)).toBe(groups);
    expect(removeFromGroups(groups, 'psma-2018/s6').map((g) => g.key)).toEqual(['ptpa-2018/s3', 'ppc/s371a']);
    expect(formatSelection(refsOf(removeFromGroups(groups, 'ptpa-2018/s3', 's3-2')))).toBe('ptpa-2018/s3,psma-2018/s6,ppc/s371a');
  });
});
