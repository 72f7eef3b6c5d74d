// Markup faults axe does not see, over the whole built site:
// - every id on a page is unique: a pinpoint link (#s3-2), a label's for= and an aria-labelledby
//   must each name one element (axe no longer checks plain duplicate ids; issue 13 found
//   id="preamble" twice on 12 pages);
// - a link's aria-label contains the words it shows (WCAG 2.5.3 label in name: a speech user says
//   what they see). axe skips one-character labels such as footnote marker "1", named "Footnote
//   F1" until issue 13.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { allPages, DIST } from '../support/site.ts';

describe('ids', () => {
  it('no built page has the same id twice', () => {
    const faults: string[] = [];
    for (const file of allPages()) {
      const html = readFileSync(file, 'utf8');
      const seen = new Set<string>();
      for (const m of html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)) {
        if (seen.has(m[1])) faults.push(`${relative(DIST, file)}: id="${m[1]}"`);
        seen.add(m[1]);
      }
    }
    expect(faults.slice(0, 20), `${faults.length} duplicate ids`).toEqual([]);
  });

  it('every aria-label of a link or button contains the text it shows', () => {
    const faults: string[] = [];
    const words = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    for (const file of allPages()) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<(a|button)\b[^>]*\saria-label="([^"]*)"[^>]*>([^<]*)<\/\1>/g)) {
        const shown = words(m[3]);
        // Symbols such as ¶ are not words a reader would say.
        if (!/[\p{L}\p{N}]/u.test(shown)) continue;
        if (!new RegExp(`(^|\\W)${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(words(m[2]))) faults.push(`${relative(DIST, file)}: "${m[3]}" named "${m[2]}"`);
      }
    }
    expect(faults.slice(0, 20), `${faults.length} labels that hide the visible text`).toEqual([]);
  });
});
