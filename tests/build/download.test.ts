// The downloadable copy the build writes (dist/downloads/*.zip) and the /download/ page that
// describes it: the page's size, file count and SHA-256 are those of the zip; the zip is within
// its 10 MB budget and holds the open data, SHA256SUMS, VERIFY.txt and a banner on every page.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, statSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import { page } from '../support/site.ts';
import { zipPath, unzipCopy } from '../support/copy.ts';
import { publicSite } from '../../src/lib/corpus/site.ts';
import { ROOT } from '../support/site.ts';

describe('the downloadable copy and /download/', () => {
  const zip = zipPath();
  const copy = unzipCopy();
  afterAll(() => rmSync(dirname(copy.root), { recursive: true, force: true }));
  const $ = page('/download/');

  it('is named for the newest date its text is current to, and stays under 10 MB', () => {
    const corpus = JSON.parse(readFileSync(join(dirname(zip), '..', 'data', 'corpus.json'), 'utf8'));
    expect(basename(zip)).toBe(`pk-trafficking-law-library-${corpus.textCurrentTo}.zip`);
    expect(statSync(zip).size).toBeLessThanOrEqual(10 * 1024 * 1024);
  });

  it('the download page links the zip and gives its real size, file count and SHA-256', () => {
    expect($('[data-download="link"]').attr('href')).toBe(`/downloads/${basename(zip)}`);
    const bytes = readFileSync(zip);
    expect($('[data-download="sha256"]').text()).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect($('[data-download="size"]').text()).toContain(`${bytes.length.toLocaleString('en-GB')} bytes`);
    expect($('[data-download="files"]').text()).toMatch(new RegExp(`^${copy.files.length} `));
    for (const os of ['Windows', 'macOS', 'Android', 'iPhone and iPad']) expect($('h3').map((_, e) => $(e).text()).get()).toContain(os);
    expect($('a[href="/data/corpus.json"]').length).toBe(1);
    expect($('a[href="/data/corpus.schema.json"]').length).toBe(1);
  });

  it('the zip holds the open data, the checksums and the instructions to check them', () => {
    for (const f of ['index.html', 'data/corpus.json', 'data/corpus.schema.json', 'data/offences.json', 'SHA256SUMS', 'VERIFY.txt', '_copy/search-index.js', '_copy/minisearch.js']) expect(copy.files, f).toContain(f);
    for (const f of copy.files) expect(f, 'nothing that needs a web server').not.toMatch(/^(pagefind\/|sw\.js|manifest\.webmanifest|downloads\/)/);
  });

  it('VERIFY.txt says where the copy came from and where to check it: the published address if the project has one, never an invented one', () => {
    const verify = readFileSync(join(copy.root, 'VERIFY.txt'), 'utf8');
    expect(verify).toContain(`unpacked from the zip file ${basename(zip)}`);
    expect(verify).toContain('sha256sum -c SHA256SUMS');
    expect(verify).not.toMatch(/\.invalid\b|localhost|127\.0\.0\.1/);
    // Made by the build: not said to be made from published pages, which no configured address backs.
    expect(verify).toContain(`unpacked from the zip file ${basename(zip)}, made by the library's build.`);
    expect(verify).not.toMatch(/published pages/);
    // Where to find the zip's hash: said once, in one sentence.
    expect(verify.match(/SHA-256 of the zip|zip's (size and )?SHA-256/g), verify).toHaveLength(1);
    const site = publicSite(ROOT);
    if (site) {
      expect(verify).toContain(`The library is published at ${site}/`);
      expect(verify).toContain(`${site}/download/`);
    } else {
      // No address is configured (astro.config.mjs names a placeholder, SITE_URL is unset): the file says so.
      expect(verify).toContain('names no public web address for the library, so this file gives none');
      expect(verify).not.toMatch(/https?:\/\//);
    }
  });

  it('every page with the header search box loads the copy’s own header script, which needs no web server', () => {
    const html = copy.files.filter((f) => f.endsWith('.html'));
    for (const f of html) {
      const c = cheerio.load(readFileSync(join(copy.root, f), 'utf8'));
      if (!c('form.site-search').length) continue;
      expect(c('script[src$="_copy/header.js"]').length, f).toBe(1);
      expect(c('#hs-panel').length, f).toBe(1);
    }
    expect(readFileSync(join(copy.root, '_copy/header.js'), 'utf8')).not.toMatch(/pagefind|import\s*\(/);
  });

  it('every page of the copy says it is a downloaded copy, its date and the live address', () => {
    const html = copy.files.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(200);
    for (const f of html) {
      const c = cheerio.load(readFileSync(join(copy.root, f), 'utf8'));
      const banner = c('body > .copy-banner');
      expect(banner.text(), f).toMatch(/Downloaded copy .* texts current to \d{1,2} [A-Z][a-z]+ \d{4} at the latest; each page below says which version it shows and its own date\. .*check the live library for newer text (at https?:\/\/|on the website you downloaded it from)/);
      // A placeholder address (example.invalid) is never offered as a link to a reader.
      expect(banner.find('a[href*=".invalid"], a[href*="localhost"]').length, f).toBe(0);
    }
  });

  it("the copy's own download page does not claim a hash it cannot know", () => {
    const c = cheerio.load(readFileSync(join(copy.root, 'download', 'index.html'), 'utf8'));
    expect(c('[data-download="sha256"]').text()).not.toMatch(/[0-9a-f]{64}/);
    expect(c('[data-download="copy-note"]').text()).toContain('SHA256SUMS');
  });

  it('no script of the copy is inline or a module: every script is a classic file in the copy', () => {
    for (const f of copy.files.filter((n) => n.endsWith('.html'))) {
      const c = cheerio.load(readFileSync(join(copy.root, f), 'utf8'));
      // Data blocks (type="application/json") are not run; only scripts are checked.
      c('script:not([type^="application/"])').each((_, s) => {
        const src = c(s).attr('src');
        expect(src, `${f}: inline script`).toBeTruthy();
        expect(c(s).attr('type') ?? 'classic', `${f}: ${src}`).not.toBe('module');
      });
    }
  });
});
