// The service worker written by scripts/service-worker.ts precaches the whole built site, so that
// every page and the search index work offline, and it asks no other origin for anything.
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST, page } from '../support/site.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [relative(DIST, p).split(sep).join('/')];
  });

describe('service worker', () => {
  const swPath = join(DIST, 'sw.js');
  it('dist/sw.js exists', () => {
    expect(existsSync(swPath), 'run "npm run build" first').toBe(true);
  });
  const sw = existsSync(swPath) ? readFileSync(swPath, 'utf8') : '';
  const precached = [...sw.matchAll(/\{"revision":(?:"[^"]*"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]);
  const all = existsSync(DIST) ? files(DIST) : [];

  it('precaches every HTML page: none missing', () => {
    const html = all.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(200);
    expect(html.filter((f) => !precached.includes(f))).toEqual([]);
  });

  it('precaches the whole Pagefind index, the CSS and JS, data, icons and the manifest', () => {
    const want = all.filter((f) => f.startsWith('pagefind/') || f.startsWith('data/') || /\.(css|js|svg|png|webmanifest)$/.test(f));
    expect(want.filter((f) => f !== 'sw.js' && !precached.includes(f))).toEqual([]);
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'favicon.svg', 'manifest.webmanifest', 'data/catalogue.json', 'data/offences.json', '404.html']) {
      expect(precached, f).toContain(f);
    }
    expect(precached.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  });

  it('lists only files that exist, each once, and not itself', () => {
    expect(new Set(precached).size).toBe(precached.length);
    expect(precached.filter((f) => !all.includes(f))).toEqual([]);
    expect(precached).not.toContain('sw.js');
  });

  it('serves directory URLs and any query string from the cache, redirects an address without its final slash, with the 404 page as the offline fallback', () => {
    expect(sw).toContain('directoryIndex:"index.html"');
    // All query parameters ignored: /search/?q=…, /finder/?f=…, Pagefind's pagefind-entry.json?ts=…
    expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
    expect(sw).toContain('"/404.html"');
    expect(sw).toContain('/index.html`');
    expect(sw).toMatch(/Response\.redirect\(/);
  });

  it('waits for the reader before a new build takes over (no skipWaiting on install), and carries its version and text date', () => {
    expect(sw).toMatch(/"SKIP_WAITING"[^;]*skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/version:"[0-9a-f]{16}",textCurrentTo:"\d{4}-\d{2}-\d{2}"/);
  });

  it('loads no script and names no origin but its own', () => {
    expect(sw).not.toMatch(/importScripts\s*\(/);
    // The only absolute URL is a link inside one of Workbox's console messages.
    const urls = [...sw.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0]);
    expect(urls.filter((u) => u !== 'https://bit.ly/wb-precache')).toEqual([]);
  });

  it('every page links the web app manifest and registers the worker', () => {
    for (const url of ['/', '/ptpa-2018/s3/', '/search/', '/404.html']) {
      const $ = page(url);
      expect($('link[rel="manifest"]').attr('href'), url).toBe('/manifest.webmanifest');
      // Registered by the bundled AppStatus script (workbox-window), never by an inline script.
      const src = $('script[src*="AppStatus"]').attr('src');
      expect(src, url).toBeTruthy();
      expect(readFileSync(join(DIST, src!), 'utf8'), url).toContain('/sw.js');
      expect($('#app-notice').length, url).toBe(1);
      expect($('footer .offline-note time').attr('datetime'), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the manifest names the app, its start URL and icons that exist', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(m).toMatchObject({ name: 'Pakistan Anti-Trafficking Law Library', short_name: 'Trafficking Law', start_url: '/', display: 'standalone', theme_color: '#0b4f3c' });
    expect(m.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const i of m.icons as { src: string }[]) expect(existsSync(join(DIST, i.src)), i.src).toBe(true);
  });
});
