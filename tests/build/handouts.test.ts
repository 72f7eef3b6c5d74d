// The statute text on the handouts and comparison pages is the library's text: every provision a
// handout prints equals, line for line, the same provision on its Act page (which the fidelity test
// ties to the sources), and no editorial prose stands in for it.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { page, provisionsOn, DIST } from '../support/site.ts';

const handouts = readdirSync(join(DIST, 'handouts'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('handouts', () => {
  it('are built, one per topic', () => {
    expect(handouts.sort()).toEqual(['bonded-labour', 'sexual-exploitation-ppc', 'smuggling-of-migrants', 'trafficking-in-persons']);
  });

  for (const topic of handouts) {
    it(`${topic}: each provision printed equals the same provision on its Act page`, () => {
      const $ = page(`/handouts/${topic}/`);
      const printed = provisionsOn($);
      expect(printed.length).toBeGreaterThan(0);
      const actPages = new Map<string, ReturnType<typeof provisionsOn>>();
      for (const p of printed) {
        const act = $(`section.provision[data-provision="${p.number}"] a.sec-link`).attr('href')!.split('/')[1];
        if (!actPages.has(act)) actPages.set(act, provisionsOn(page(`/${act}/`)));
        const same = actPages.get(act)!.find((x) => x.number === p.number && x.file === p.file);
        expect(same, `${topic}: s. ${p.number} of ${act}`).toBeTruthy();
        expect(p.lines).toEqual(same!.lines);
        expect(p.footnotes).toEqual(same!.footnotes);
      }
    });

    it(`${topic}: renders the editorial prose's GFM table (remark-gfm) inside the editorial block`, () => {
      const $ = page(`/handouts/${topic}/`);
      expect($('.ho-prose.editorial table thead th').length).toBeGreaterThan(0);
      expect($('.ho-prose').text()).not.toMatch(/^\s*\|/m);
    });
  }
});
