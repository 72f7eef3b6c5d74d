// Every internal link on the built site leads somewhere: the page exists in dist/, and so does the
// #anchor on it. Also lists, for review, every reference the statute text makes to a law or
// provision outside the library (marked up as <span class="xref-out">).
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, allPages } from '../support/site.ts';

const files = allPages();
const urlOf = (file: string) => `/${relative(DIST, file).replace(/\\/g, '/').replace(/index\.html$/, '')}`;
const loaded = new Map<string, cheerio.CheerioAPI>();
const load = (file: string) => {
  let $ = loaded.get(file);
  if (!$) { $ = cheerio.load(readFileSync(file, 'utf8')); loaded.set(file, $); }
  return $;
};

/** The file in dist/ that serves a site path, or undefined. */
function fileFor(path: string): string | undefined {
  const p = decodeURIComponent(path).replace(/^\//, '');
  const candidates = path.endsWith('/') ? [join(DIST, p, 'index.html')] : [join(DIST, p), join(DIST, p, 'index.html'), join(DIST, `${p}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string) {
  let ids = idsCache.get(file);
  if (!ids) {
    const $ = load(file);
    ids = new Set([...$('[id]').toArray().map((e) => $(e).attr('id')!), ...$('a[name]').toArray().map((e) => $(e).attr('name')!)]);
    idsCache.set(file, ids);
  }
  return ids;
}

describe('links on the built site', () => {
  it('finds the built pages', () => {
    expect(files.length, `no HTML in ${DIST}; build first`).toBeGreaterThan(0);
  });

  it('has no internal link to a missing page or a missing #anchor', () => {
    const broken: string[] = [];
    for (const file of files) {
      const $ = load(file);
      const here = urlOf(file);
      $('a[href], link[href], area[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (href.startsWith('//')) return;
        let path: string;
        let hash: string | undefined;
        if (href.startsWith('/')) {
          const [beforeHash, h] = href.split('#', 2);
          path = beforeHash.split('?')[0];
          hash = h;
        } else if (href.startsWith('#')) {
          path = here;
          hash = href.slice(1);
        } else return; // external, mailto:, or relative (none expected)
        const target = path === here ? file : fileFor(path);
        if (!target) { broken.push(`${here}: link to ${href} — no such page`); return; }
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
          broken.push(`${here}: link to ${href} — no id "${hash}" on ${path}`);
        }
      });
    }
    const unique = [...new Set(broken)];
    expect(unique, `${unique.length} broken internal link(s):\n${unique.join('\n')}`).toEqual([]);
  });

  it('lists the references to laws outside the library (for review)', () => {
    const seen = new Map<string, Set<string>>();
    for (const file of files) {
      const $ = load(file);
      $('.statute .xref-out').each((_, el) => {
        const key = `${$(el).attr('title')} ← “${$(el).text()}”`;
        const where = `${urlOf(file)}#${$(el).closest('.l').attr('id') ?? ''}`;
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(where);
      });
    }
    const lines = [...seen].sort((a, b) => a[0].localeCompare(b[0])).map(([k, w]) => {
      const pages = [...w].filter((u) => !/\/(ptpa-2018|psma-2018|ppc|blsa-1992|blsa-1992-punjab)\/(as-enacted\/)?#/.test(u));
      return `  ${k}\n      at ${(pages.length ? pages : [...w]).join(', ')}`;
    });
    console.log(`References outside the library (${seen.size}):\n${lines.join('\n')}`);
    for (const [k] of seen) expect(k).toMatch(/^Outside this library: \S/);
  });
});
