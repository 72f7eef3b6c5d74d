// The glossary filter's order: exact names and spellings first, description-only matches last.
import { describe, it, expect } from 'vitest';
import { glossaryOrder, glossaryTier, TIER } from '../../src/lib/glossary-order.ts';

const rows = [
  { english: ['Definitions'], urdu: [], roman: [] }, // matches "fine" only in its description
  { english: ['Gang rape'], urdu: ['اجتماعی زیادتی'], roman: ['gang rape'] },
  { english: ['Punishment', 'fine', 'what fine'], urdu: ['سزا'], roman: ['saza', 'jurmana'] },
  { english: ['Rape'], urdu: ['زنا بالجبر'], roman: ['zina bil jabr'] },
  { english: ['Rape of a minor'], urdu: [], roman: [] },
  { english: ['Kidnapping'], urdu: ['اغوا'], roman: ['aghwa', 'agwa'] },
];

describe('the glossary filter order', () => {
  it('ranks an exact name or spelling, then the term beginning with it, then another name, then a word, then description only', () => {
    expect(glossaryTier(rows[2], 'fine')).toBe(TIER.exact);
    expect(glossaryTier(rows[0], 'fine')).toBe(TIER.elsewhere);
    expect(glossaryTier(rows[3], 'RAPE')).toBe(TIER.exact);
    expect(glossaryTier(rows[4], 'rape')).toBe(TIER.termStart);
    expect(glossaryTier(rows[1], 'rape')).toBe(TIER.word);
    expect(glossaryTier(rows[5], 'aghwah')).toBe(TIER.exact); // a Roman spelling on its spelling key
    expect(glossaryTier(rows[5], 'اغوا')).toBe(TIER.exact);
    expect(glossaryTier(rows[3], 'zina')).toBe(TIER.start);
  });

  it('orders by tier, keeping the table’s order within a tier; an empty query keeps the table’s order', () => {
    expect(glossaryOrder(rows, 'fine')).toEqual([2, 0, 1, 3, 4, 5]);
    expect(glossaryOrder(rows, 'rape').slice(0, 3)).toEqual([3, 4, 1]);
    expect(glossaryOrder(rows, '')).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
