// Every internal link on the built site leads somewhere: the page exists in dist/, and so does the
// #anchor on it. Also lists, for review, every reference the statute text makes to a law or
// provision outside the library (marked up as <span class="xref-out">).
import { describe, it, expect } from 'vitest';
import { DIST } from '../support/site.ts';
import { linkReport } from '../../src/lib/link-check.ts';

const report = linkReport(DIST);

describe('links on the built site', () => {
  it('finds the built pages', () => {
    expect(report.pages, `no HTML in ${DIST}; build first`).toBeGreaterThan(0);
  });

  it('has no internal link to a missing page or a missing #anchor', () => {
    expect(report.broken, `${report.broken.length} broken internal link(s):\n${report.broken.join('\n')}`).toEqual([]);
  });

  it('lists the references to laws outside the library (for review)', () => {
    const lines = [...report.outside].sort((a, b) => a[0].localeCompare(b[0])).map(([k, w]) => `  ${k}\n      at ${[...w].join(', ')}`);
    console.log(`References outside the library (${report.outside.size}):\n${lines.join('\n')}`);
    for (const [k] of report.outside) expect(k).toMatch(/^Outside this library: \S/);
  });
});
