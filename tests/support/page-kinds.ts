// The built site's pages as URLs, and one page of each kind, read from dist/ so that pages other
// work adds later are covered without editing a list. A page's kind is its path with Act ids,
// numbers and section-like names generalised: /ptpa-2018/s3/ and /ppc/s371a/ are one kind
// (/<act>/s#/), /offences/ptpa-2018-3-2-2025/ and /offences/ppc-371a-2025/ are /offences/<act>-#-#/.
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, DIST, ROOT } from './site.ts';

/** Every built page as a site URL ("/", "/ptpa-2018/s3/", "/404.html"), sorted. */
export function allPageUrls(): string[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no built site in ${DIST}; run "npm run build" first`);
  return allPages()
    .map((f) => '/' + f.slice(DIST.length + 1).split('\\').join('/'))
    .map((u) => (u.endsWith('/index.html') ? u.slice(0, -'index.html'.length) : u === '/index.html' ? '/' : u))
    .sort();
}

// Longest first, so "blsa-1992-punjab" is not read as "blsa-1992" + "-punjab".
const ACTS = readdirSync(join(ROOT, 'content', 'acts')).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)).sort((a, b) => b.length - a.length);

/**
 * The kind of a page: its URL with Act ids → "<act>" and digit runs (with a one-letter suffix,
 * as in 371a) → "#".
 */
export function pageKind(url: string): string {
  return url.split('/').map((seg) => {
    let s = seg;
    for (const a of ACTS) s = s.split(a).join('<act>');
    return s.replace(/\d+[a-z]?(?![a-z])/g, '#');
  }).join('/');
}

const fileOf = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);

/**
 * One URL per kind of page, e.g. 18 URLs for 250 pages: the largest page of its kind, which has
 * the most of what the kind can hold (footnotes, tables, notes).
 */
export function onePagePerKind(): string[] {
  const best = new Map<string, { url: string; size: number }>();
  for (const url of allPageUrls()) {
    const size = statSync(fileOf(url)).size;
    const kind = pageKind(url);
    if (!best.has(kind) || best.get(kind)!.size < size) best.set(kind, { url, size });
  }
  return [...best.values()].map((b) => b.url).sort();
}
