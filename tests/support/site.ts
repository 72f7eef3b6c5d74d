// Reads the built site in dist/ for build-level tests.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
export const SOURCES = process.env.SOURCES_DIR ?? join(ROOT, '..', 'shared', 'sources');

export function page(url: string) {
  const file = join(DIST, url.replace(/^\//, ''), url.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no built page for ${url} (${file}); run "npm run build" first`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

export function allPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allPages(p) : n.endsWith('.html') ? [p] : [];
  });
}

/**
 * Statute text as the reader sees it, turned back into the sources' notation: a footnote
 * marker becomes {F1}, a gap [[GAP: …]], an editorial remark […]. Pin links are not text.
 */
export function serialise($: cheerio.CheerioAPI, node: AnyNode): string {
  let out = '';
  $(node).contents().each((_, child) => {
    if (child.type === 'text') { out += (child as unknown as { data: string }).data; return; }
    if (child.type !== 'tag') return;
    const el = $(child);
    if (el.is('sup.fn')) out += `{${el.attr('data-fn')}}`;
    else if (el.is('.gap')) out += `[[GAP: ${el.find('.gap-note').text()}]]`;
    else if (el.is('.ed')) out += el.text();
    else if (el.is('.pin')) return;
    else out += serialise($, child);
  });
  return out;
}

/** Lines, footnotes and notes of each provision section on a page, in the sources' notation. */
export function provisionsOn($: cheerio.CheerioAPI) {
  return $('section.provision').toArray().map((sec) => {
    const s = $(sec);
    const prevGroup = s.prev('h2[data-src="subheading"]');
    return {
      number: s.attr('data-provision')!,
      file: s.attr('data-src-file')!,
      section: s.attr('data-src-section')!,
      group: prevGroup.length ? prevGroup.text() : undefined,
      lines: s.find('.statute .l > .txt').toArray().map((t) => serialise($, t)),
      footnotes: s.find('li[data-src="footnote"]').toArray().map((li) => `{${$(li).attr('data-fn')}} ${serialise($, $(li).find('.fn-text')[0])}`),
      notes: s.find('[data-src="note"]').toArray().map((n) => $(n).text()),
    };
  });
}
