// Every internal link of the built site leads somewhere: the page exists, and so does its #anchor.
// Run after "astro build" (a broken link stops the build) and by tests/build/links.test.ts.
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

export function linkReport(dist: string) {
  const files = htmlFiles(dist);
  const urlOf = (file: string) => `/${relative(dist, file).replace(/\\/g, '/').replace(/index\.html$/, '')}`;
  const loaded = new Map<string, cheerio.CheerioAPI>();
  const load = (file: string) => {
    let $ = loaded.get(file);
    if (!$) { $ = cheerio.load(readFileSync(file, 'utf8')); loaded.set(file, $); }
    return $;
  };
  const fileFor = (path: string) => {
    const p = decodeURIComponent(path).replace(/^\//, '');
    const candidates = path.endsWith('/') ? [join(dist, p, 'index.html')] : [join(dist, p), join(dist, p, 'index.html'), join(dist, `${p}.html`)];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile());
  };
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const $ = load(file);
      ids = new Set([...$('[id]').toArray().map((e) => $(e).attr('id')!), ...$('a[name]').toArray().map((e) => $(e).attr('name')!)]);
      idsCache.set(file, ids);
    }
    return ids;
  };

  const broken = new Set<string>();
  const outside = new Map<string, Set<string>>();
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
      if (!target) { broken.add(`${here}: link to ${href}: no such page`); return; }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.add(`${here}: link to ${href}: no id "${hash}" on ${path}`);
    });
    $('.statute .xref-out').each((_, el) => {
      const key = `${$(el).attr('title')} ← “${$(el).text()}”`;
      if (!outside.has(key)) outside.set(key, new Set());
      outside.get(key)!.add(`${here}#${$(el).closest('.l').attr('id') ?? ''}`);
    });
  }
  return { pages: files.length, broken: [...broken], outside };
}
