// Every built page keeps the Content Security Policy (src/lib/security/csp.ts): scripts and styles
// come only from files, and the page itself carries the policy. Pages added later are held to it,
// because every HTML file in dist/ is read.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as cheerio from 'cheerio';
import { allPages, DIST } from '../support/site.ts';
import { CSP_META } from '../../src/lib/security/csp.ts';

// Data islands are not executed, so the policy does not govern them.
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

const pages = allPages().map((file) => ({ file: relative(DIST, file), $: cheerio.load(readFileSync(file, 'utf8')) }));

describe('strict CSP in the built HTML', () => {
  it('finds the built pages', () => expect(pages.length).toBeGreaterThan(50));

  it('no page has an inline script (other than JSON data), a <style> element, a style= attribute or an inline event handler', () => {
    const faults: string[] = [];
    for (const { file, $ } of pages) {
      $('script:not([src])').each((_, el) => {
        const type = ($(el).attr('type') ?? '').toLowerCase();
        if (!DATA_TYPES.has(type)) faults.push(`${file}: inline <script${type ? ` type="${type}"` : ''}> ${$(el).html()?.slice(0, 60)}`);
      });
      $('style').each((_, el) => { faults.push(`${file}: <style> ${$(el).html()?.slice(0, 60)}`); });
      $('[style]').each((_, el) => { faults.push(`${file}: style="${$(el).attr('style')}" on <${(el as { tagName?: string }).tagName}>`); });
      $('*').each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on[a-z]+$/i.test(name)) faults.push(`${file}: inline handler ${name}= on <${(el as { tagName?: string }).tagName}>`);
        }
      });
      $('a[href^="javascript:" i], iframe[src^="javascript:" i]').each((_, el) => { faults.push(`${file}: javascript: URL ${$(el).attr('href')}`); });
    }
    expect(faults.slice(0, 20), `${faults.length} faults`).toEqual([]);
  });

  it('every page carries the policy in a <meta http-equiv> before any script or stylesheet', () => {
    const faults: string[] = [];
    for (const { file, $ } of pages) {
      const metas = $('meta[http-equiv="Content-Security-Policy" i]');
      if (metas.length !== 1) { faults.push(`${file}: ${metas.length} CSP meta elements`); continue; }
      if (metas.attr('content') !== CSP_META) faults.push(`${file}: policy is "${metas.attr('content')}"`);
      // A meta policy only governs what comes after it.
      const first = $('head').children('script, link[rel="stylesheet"], link[rel="modulepreload"]').first();
      if (first.length && $('head').children().index(first) < $('head').children().index(metas)) faults.push(`${file}: a script or stylesheet comes before the policy`);
    }
    expect(faults.slice(0, 20), `${faults.length} faults`).toEqual([]);
  });
});
