// Caching and types by file kind, as the local server and public/_headers apply them.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheControlFor, contentTypeFor, IMMUTABLE, REVALIDATE } from '../../src/lib/server/headers.ts';

describe('cacheControlFor', () => {
  it('keeps content-hashed files for a year', () => {
    for (const p of ['/_astro/Base.Bt2-cCh0.css', '/_astro/search.astro_astro_type_script_index_0_lang.B0RbYoo4.js',
      '/pagefind/index/en_7c64d52.pf_index', '/pagefind/fragment/en_1482f47.pf_fragment', '/pagefind/filter/en_58248bd.pf_filter',
      '/pagefind/pagefind.en_b475a8f050.pf_meta']) expect(cacheControlFor(p), p).toBe(IMMUTABLE);
  });
  it('makes pages, the service worker and unhashed Pagefind files revalidate', () => {
    for (const p of ['/', '/ptpa-2018/s3/', '/index.html', '/sw.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind', '/data/offences.json', '/manifest.webmanifest', '/_astro/', '/pagefind/index/']) expect(cacheControlFor(p), p).toBe(REVALIDATE);
  });
  it('agrees with public/_headers on the immutable folders', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
    for (const folder of ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']) {
      expect(text).toContain(`${folder}\n  Cache-Control: ${IMMUTABLE}`);
    }
  });
});

describe('contentTypeFor', () => {
  it('names every kind of file Pagefind writes', () => {
    for (const f of ['x.pf_meta', 'x.pf_index', 'x.pf_fragment', 'x.pf_filter', 'wasm.en.pagefind']) expect(contentTypeFor(f)).toBe('application/octet-stream');
    expect(contentTypeFor('/a/b.WASM')).toBe('application/wasm');
    expect(contentTypeFor('pagefind.js', 'application/javascript')).toBe('text/javascript; charset=utf-8');
  });
  it('keeps the table type otherwise, and never answers without a type', () => {
    expect(contentTypeFor('index.html', 'text/html; charset=utf-8')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/dir.v2/README')).toBe('application/octet-stream');
    expect(contentTypeFor('file.unknownext', '')).toBe('application/octet-stream');
  });
});
