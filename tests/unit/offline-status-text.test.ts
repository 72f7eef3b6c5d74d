import { describe, it, expect } from 'vitest';
import { longDate, readinessText, offlineCopyText } from '../../src/lib/offline/status-text.ts';

describe('offline status wording', () => {
  it('writes dates as a reader says them', () => {
    expect(longDate('2025-11-30')).toBe('30 November 2025');
    expect(longDate('2026-01-05T10:00:00.000Z')).toBe('5 January 2026');
    expect(longDate('soon')).toBe('soon');
  });
  it('shows progress, then "Ready offline: <date>"', () => {
    expect(readinessText({ done: 108, total: 433, installed: false, textCurrentTo: '2025-11-30' })).toMatch(/^Saving the library for offline use: 108 of 433 files \(24%\)/);
    expect(readinessText({ done: 433, total: 433, installed: true, textCurrentTo: '2025-11-30', saved: '2026-11-30T03:00:00Z' })).toMatch(/^Ready offline: 30 November 2025\. .*saved 30 November 2026/);
  });
  it('an offline page names the date of its copy and warns that newer text may exist', () => {
    const t = offlineCopyText({ textCurrentTo: '2025-11-30', saved: '2026-11-29T08:00:00Z' });
    expect(t).toContain('29 November 2026');
    expect(t).toContain('current to 30 November 2025');
    expect(t).toMatch(/newer text may have been published/);
  });
});
