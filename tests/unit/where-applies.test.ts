// The places a bonded-labour text is offered for, above its text: a place offered only for facts
// before its own Act rests on the row's `earlier.basis`, and the summary counts it apart.
import { describe, it, expect } from 'vitest';
import { placesForAct, placesSummary } from '../../src/lib/jurisdictions/where-applies.ts';

const date = (iso: string) => iso;
const rows = [
  { id: 'islamabad', name: 'Islamabad Capital Territory', basis: 'text-held' as const, law: 'Federal Act', sources: [{ file: 'federal.txt' }], acts: ['fed'] },
  {
    id: 'sindh', name: 'Sindh', basis: 'partial-text' as const, law: 'The Sindh Act, 2015 (Sindh Act No. XX of 2016)', sources: [{ file: 'sindh.txt' }], acts: ['sindh'],
    earlier: { acts: ['fed'], until: { earliest: '2016-06-21', latest: '2016-06-28', words: '' }, basis: 'The federal Act extends to "the whole of Pakistan" (its s. 1(2)).' },
  },
];

describe('places a text is offered for', () => {
  it('before a provincial Act: the basis is the row’s earlier.basis, not the provincial Act’s', () => {
    const { now, before } = placesForAct('fed', 'islamabad', rows, date);
    expect(now.map((p) => [p.id, p.when, p.basis])).toEqual([['islamabad', 'now', 'Text held']]);
    expect(before.map((p) => [p.id, p.when, p.basis])).toEqual([['sindh', 'before', 'The federal Act extends to "the whole of Pakistan" (its s. 1(2)).']]);
    expect(before[0].words).toBe('Sindh, for facts before the Sindh Act, 2015 came into force (between 2016-06-21 and 2016-06-28; the exact date is not confirmed)');
  });

  it('the summary counts places now apart from places only for facts before their own Acts', () => {
    expect(placesSummary(2, 2)).toBe('The library offers this text for 2 places now, and 2 more for facts before their own Acts');
    expect(placesSummary(1, 1)).toBe('The library offers this text for one place now, and one more for facts before its own Act');
    expect(placesSummary(1, 0)).toBe('The library offers this text for one place');
    expect(placesSummary(0, 2)).toBe('The library offers this text in 2 places, for facts before their own Acts');
  });
});
