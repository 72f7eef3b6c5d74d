import { describe, it, expect } from 'vitest';
import { relativeHref, rewriteCssUrls, targetFile } from '../../src/lib/offline/relative-urls.ts';

const files = new Set(['index.html', 'ppc/index.html', 'ppc/s371a/index.html', 'ptpa-2018/s3/index.html', 'favicon.svg', '_astro/Base.css', 'fonts/a b.woff2', 'search/index.html']);
const exists = (f: string) => files.has(f);

describe('relative URLs for the downloaded copy', () => {
  it('points directories at their index.html, keeping the pinpoint and query', () => {
    expect(relativeHref('/ppc/s371a/#s371a-text-1', 'ptpa-2018/s3/index.html', exists)).toEqual({ href: '../../ppc/s371a/index.html#s371a-text-1' });
    expect(relativeHref('/', 'ppc/s371a/index.html', exists)).toEqual({ href: '../../index.html' });
    expect(relativeHref('/search/?q=peshgi', 'index.html', exists)).toEqual({ href: 'search/index.html?q=peshgi' });
    expect(relativeHref('/ppc/s371a/', 'ppc/s371a/index.html', exists)).toEqual({ href: 'index.html' });
  });
  it('an address without its final slash still finds the page; a file stays a file', () => {
    expect(relativeHref('/ppc/s371a', 'index.html', exists)).toEqual({ href: 'ppc/s371a/index.html' });
    expect(relativeHref('/favicon.svg', 'ppc/s371a/index.html', exists)).toEqual({ href: '../../favicon.svg' });
    expect(targetFile('/ppc', exists)).toBe('ppc/index.html');
  });
  it('leaves relative, same-page and other-origin links alone, and names a target the copy lacks', () => {
    for (const h of ['#s3-2', 'index.html', '//cdn.example/x.js', 'https://example.org/', 'mailto:a@b.c']) expect(relativeHref(h, 'index.html', exists)).toBeUndefined();
    expect(relativeHref('/pagefind/pagefind.js', 'search/index.html', exists)).toEqual({ missing: '/pagefind/pagefind.js' });
  });
  it('rewrites CSS url()s relative to the stylesheet, encoding spaces', () => {
    const missing: string[] = [];
    const css = rewriteCssUrls('a{background:url(/favicon.svg)} @font-face{src:url("/fonts/a b.woff2")} b{background:url(/nope.png)} c{background:url(data:x)}', '_astro/Base.css', exists, (m) => missing.push(m));
    expect(css).toBe('a{background:url(../favicon.svg)} @font-face{src:url("../fonts/a%20b.woff2")} b{background:url(/nope.png)} c{background:url(data:x)}');
    expect(missing).toEqual(['/nope.png']);
  });
});
