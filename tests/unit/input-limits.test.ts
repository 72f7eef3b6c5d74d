import { describe, it, expect } from 'vitest';
import { MAX_QUERY_CHARS, overLongQueryMessage, unknownFactsMessage } from '../../src/lib/security/input-limits.ts';

describe('input limits', () => {
  it('admits the longest realistic query with room to spare', () => {
    expect(MAX_QUERY_CHARS).toBeGreaterThanOrEqual(300);
  });
  it('says how long the search was, what the limit is and what to do', () => {
    expect(overLongQueryMessage(54000)).toBe(`This search is 54,000 characters long, longer than ${MAX_QUERY_CHARS} characters: it was not run. Search for a few words, a section number or a citation.`);
  });
  it('counts unknown finder facts in plain words', () => {
    expect(unknownFactsMessage(1)).toBe('1 fact in the address was not recognised and was ignored.');
    expect(unknownFactsMessage(3001)).toBe('3,001 facts in the address were not recognised and were ignored.');
  });
});
