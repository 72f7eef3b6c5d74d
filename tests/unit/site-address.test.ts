// The downloaded copy names the live library's address only when it is a real one.
import { describe, it, expect } from 'vitest';
import { isPlaceholderSite } from '../../src/lib/corpus/site.ts';

describe('isPlaceholderSite', () => {
  it('treats reserved and local names as placeholders', () => {
    for (const s of ['https://example.invalid', 'https://library.test', 'https://example.com', 'http://localhost:4321', 'http://127.0.0.1:4321', 'https://foo.example']) {
      expect(isPlaceholderSite(s), s).toBe(true);
    }
  });
  it('accepts a real public address', () => {
    for (const s of ['https://law.example.pk', 'https://trafficking-law.gov.pk', 'https://examples.org']) {
      expect(isPlaceholderSite(s), s).toBe(false);
    }
  });
  it('treats an address it cannot parse as a placeholder', () => {
    expect(isPlaceholderSite('not a url')).toBe(true);
  });
});
