// Build step, after Pagefind and before the service worker: the downloadable copy.
// 1. Copies dist/ to a staging folder, leaving out what cannot work from the file system (the
//    service worker, the web app manifest, Pagefind) and the downloads themselves.
// 2. Rewrites every root-relative address in the HTML (cheerio) and CSS to a relative one that
//    names the file ("../../ppc/s371a/index.html#s371a-1"), and stops on any that leads nowhere.
// 3. Turns the site's module scripts into classic script files (esbuild, IIFE), since a page opened
//    from file:// cannot load modules; a script that needs Pagefind is left out, and the search
//    page gets the copy's own search (MiniSearch index + src/offline-copy/search.ts). JSON the
//    scripts fetch is served from .js files by the copy's runtime (src/offline-copy/runtime.ts).
// 4. Puts a banner on every page: a downloaded copy, the date its text is current to, and the live
//    library's address (SITE_URL, else `site` in astro.config.mjs) to check for newer text.
// 5. Writes VERIFY.txt and SHA256SUMS (every file), zips the folder to
//    dist/downloads/pk-trafficking-law-library-<date>.zip (fflate, fixed file times, so the same
//    content gives the same zip) and writes the zip's size, file count and SHA-256 into the built
//    /download/ page. The copy's own /download/ page says where to find the zip's hash instead.
// Usage: node scripts/download-copy.ts [outDir]. Prints what it wrote and how long it took.
import { build, type Plugin } from 'esbuild';
import * as cheerio from 'cheerio';
import MiniSearch from 'minisearch';
import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { relativeHref, rewriteCssUrls } from '../src/lib/offline/relative-urls.ts';
import { zipName } from '../src/lib/offline/copy-name.ts';
import { INDEX_OPTIONS, fieldsOf, type CopyDoc } from '../src/lib/offline/copy-index.ts';
import { publicSite } from '../src/lib/corpus/site.ts';
import { longDate } from '../src/lib/offline/status-text.ts';

const t0 = performance.now();
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = resolve(root, process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const MAX_BYTES = 10 * 1024 * 1024;
const fail = (msg: string): never => {
  console.error(`download copy: ${msg}`);
  process.exit(1);
};

const corpusFile = join(outDir, 'data', 'corpus.json');
if (!existsSync(corpusFile)) fail(`${corpusFile} is missing; build the site first.`);
const textCurrentTo = (JSON.parse(readFileSync(corpusFile, 'utf8')) as { textCurrentTo: string }).textCurrentTo;
const name = zipName(textCurrentTo);
const folder = name.replace(/\.zip$/, '');
// null while astro.config.mjs names only a placeholder (set SITE_URL for a published build): the
// copy then tells the reader where to look in words, never with a dead link.
const site = publicSite(root);
if (!site) console.warn('download copy: no public address is set (SITE_URL); the copy names none.');
const siteWords = site ? `${site}/` : 'the website you downloaded it from';
const downloadPageWords = site ? `${site}/download/` : 'the download page of the website you downloaded it from';

// ---------------------------------------------------------------------------------------------
// 1. Staging

/** Left out of the copy: what needs a web server, and the downloads. */
const LEAVE_OUT = [/^_headers$/, /^pagefind\//, /^sw\.js$/, /^workbox-.*\.js$/, /^manifest\.webmanifest$/, /^downloads\//, /^_astro\/.*\.js$/];
const tmp = mkdtempSync(join(tmpdir(), 'library-copy-'));
const stage = join(tmp, folder);
const posixPath = (p: string) => p.split(sep).join('/');
cpSync(outDir, stage, { recursive: true, filter: (src) => !LEAVE_OUT.some((re) => re.test(posixPath(relative(outDir, src)))) });

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [posixPath(relative(stage, p))];
  });
const inCopy = new Set(walk(stage));
const exists = (f: string) => inCopy.has(f);
const write = (f: string, data: string | Uint8Array) => {
  mkdirSync(dirname(join(stage, f)), { recursive: true });
  writeFileSync(join(stage, f), data);
  inCopy.add(f);
};

// ---------------------------------------------------------------------------------------------
// 2. The copy's own scripts and data

const bundle = async (opts: { entry?: string; stdin?: string; resolveDir?: string }) => {
  // "/_astro/x.js" in a page's inline module is a file of the built site.
  const fromSite: Plugin = {
    name: 'site-root',
    setup(b) {
      // Pagefind stays out: a script that imports it is left out of the copy (see classic()).
      b.onResolve({ filter: /^\/pagefind\// }, (a) => ({ path: a.path, external: true }));
      b.onResolve({ filter: /^\/[^/]/ }, (a) => (a.kind !== 'entry-point' && existsSync(join(outDir, a.path)) ? { path: join(outDir, a.path) } : undefined));
    },
  };
  const r = await build({
    ...(opts.entry ? { entryPoints: [opts.entry] } : { stdin: { contents: opts.stdin!, resolveDir: opts.resolveDir ?? outDir, loader: 'js' } }),
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    plugins: [fromSite],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return r.outputFiles[0].text;
};

write('_copy/runtime.js', await bundle({ entry: join(root, 'src', 'offline-copy', 'runtime.ts') }));
write('_copy/search.js', await bundle({ entry: join(root, 'src', 'offline-copy', 'search.ts') }));
// The header box: the site's live panel needs Pagefind; the copy's panel sends the reader to its search page.
write('_copy/header.js', await bundle({ entry: join(root, 'src', 'offline-copy', 'header.ts') }));
write('_copy/minisearch.js', readFileSync(join(root, 'node_modules', 'minisearch', 'dist', 'umd', 'index.js')));
for (const f of readdirSync(join(outDir, 'data')).filter((n) => n.endsWith('.json') && !n.startsWith('corpus'))) {
  const json = readFileSync(join(outDir, 'data', f), 'utf8');
  write(`_copy/data/${f}.js`, `(self.__copyData||(self.__copyData={}))[${JSON.stringify(f)}]=${json.trim()};\n`);
}

// The search index: every provision page, with the words Pagefind indexes there.
const docs: CopyDoc[] = [];
type CatProv = { url: string; heading: string };
const catalogueActs = (JSON.parse(readFileSync(join(outDir, 'data', 'catalogue.json'), 'utf8')) as { acts: { provisions?: CatProv[]; earlier?: { provisions: CatProv[] }[] }[] }).acts;
const headings = new Map(catalogueActs.flatMap((a) => [...(a.provisions ?? []), ...(a.earlier ?? []).flatMap((v) => v.provisions)]).map((p) => [p.url, p.heading]));
for (const f of [...inCopy].filter((p) => p.endsWith('index.html')).sort()) {
  const html = readFileSync(join(outDir, f), 'utf8');
  // Only provision pages are indexed (as by Pagefind): the others are not parsed at all.
  if (!html.includes('data-pagefind-body')) continue;
  const $ = cheerio.load(html);
  const article = $('article[data-pagefind-body]');
  if (!article.length) continue;
  const meta = (k: string) => $(`[data-pagefind-meta^="${k}:"]`).first().attr('data-pagefind-meta')?.slice(k.length + 1) ?? '';
  const filter = (k: string) => $(`[data-pagefind-filter^="${k}:"]`).first().attr('data-pagefind-filter')?.slice(k.length + 1) ?? '';
  const lines: CopyDoc['lines'] = [];
  article.find('section.provision .l[id]').each((_, e) => {
    const txt = $(e).find('.txt').first().clone();
    txt.find('sup.fn, [data-pagefind-ignore]').remove();
    lines.push([$(e).attr('id')!, $(e).attr('data-cite') ?? '', txt.text().replace(/\s+/g, ' ').trim()]);
  });
  const h1 = $('h1').first().clone();
  h1.find('small, .sr-only').remove();
  docs.push({
    id: docs.length,
    url: `/${f.replace(/index\.html$/, '')}`,
    title: meta('title') || h1.text().trim(),
    heading: headings.get(`/${f.replace(/index\.html$/, '')}`) ?? h1.text().trim(),
    citation: meta('citation'),
    versionLabel: meta('version'),
    act: filter('act'),
    current: filter('version') === 'current',
    kind: filter('kind'),
    jurisdiction: filter('jurisdiction'),
    status: filter('status'),
    // The told facts are indexed as words (for stories) but never shown as what a provision is listed under.
    terms: $('#search-terms').clone().find('#search-told').remove().end().text().replace(/\s+/g, ' ').trim(),
    told: $('#search-told').text().replace(/\s+/g, ' ').trim(),
    lines,
  });
}
if (docs.length < 10) fail(`only ${docs.length} provision pages found to index`);
const mini = new MiniSearch(INDEX_OPTIONS);
mini.addAll(docs.map(fieldsOf));
write('_copy/search-index.js', `window.COPY_SEARCH=${JSON.stringify({ index: mini.toJSON(), docs })};\n`);

write(
  '_copy/copy.css',
  `.copy-banner{background:#fff4d6;color:#4a3500;border-bottom:2px solid #b36b00;padding:.5rem 1rem;font-size:.95rem;line-height:1.4}
.copy-banner p{margin:0;max-width:60rem}
.copy-banner a{color:inherit;font-weight:700;overflow-wrap:anywhere}
@media (max-width:600px){.copy-banner{font-size:.85rem;padding:.4rem .75rem}}
@media print{.copy-banner{border:1px solid #000;background:none;color:#000}}
`,
);

// ---------------------------------------------------------------------------------------------
// 3. Every page

const bundled = new Map<string, string | null>();
/** A module script as a classic script file in _copy/js/; null when it needs Pagefind. */
async function classic(key: string, make: () => Promise<string>) {
  if (!bundled.has(key)) {
    const code = await make();
    if (/\/pagefind\//.test(code)) bundled.set(key, null);
    else {
      const f = `_copy/js/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
      if (!exists(f)) write(f, code);
      bundled.set(key, f);
    }
  }
  return bundled.get(key)!;
}

const broken: string[] = [];
const dropped = new Map<string, number>();
const pages = [...inCopy].filter((f) => f.endsWith('.html') && !f.startsWith('_copy/'));
for (const f of pages) {
  // scriptingEnabled: false parses <noscript> content as elements, so its links are rewritten too.
  const $ = cheerio.load(readFileSync(join(stage, f), 'utf8'), { scriptingEnabled: false });
  const up = posix.relative(posix.dirname(f), '.') || '.';
  const rel = (p: string) => `${up === '.' ? '' : `${up}/`}${p}`;
  $('html').attr('data-copy-root', up === '.' ? './' : `${up}/`);
  $('link[rel="manifest"]').remove();

  // Scripts: module scripts become classic files; inline classic scripts (none are written by the
  // site; the strict CSP forbids them) are not carried.
  const scripts: string[] = [];
  for (const s of $('script').toArray()) {
    const type = $(s).attr('type');
    const src = $(s).attr('src');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    let file: string | null = null;
    if (type === 'module' && src) file = await classic(src, () => bundle({ entry: join(outDir, src.replace(/^\//, '')) }));
    else if (type === 'module') {
      const code = $(s).text();
      file = await classic(`inline:${code}`, () => bundle({ stdin: code }));
    } else if (src && !src.startsWith('/')) continue;
    if (!file) dropped.set(src ?? 'an inline module script', (dropped.get(src ?? 'an inline module script') ?? 0) + 1);
    $(s).remove();
    if (file) scripts.push(file);
  }
  const head = $('head');
  head.append(`<link rel="stylesheet" href="${rel('_copy/copy.css')}">`);
  head.append(`<script src="${rel('_copy/runtime.js')}" defer></script>`);
  if ($('form.site-search').length) head.append(`<script src="${rel('_copy/header.js')}" defer></script>`);
  for (const s of scripts) head.append(`<script src="${rel(s)}" defer></script>`);
  if (f === 'search/index.html') {
    for (const s of ['_copy/minisearch.js', '_copy/data/catalogue.json.js', '_copy/search-index.js', '_copy/search.js']) head.append(`<script src="${rel(s)}" defer></script>`);
  }

  // The banner: what this is, how current, where to check.
  const live = site && `${site}/${f.replace(/index\.html$/, '').replace(/^404\.html$/, '')}`;
  const where = site
    ? `at <a href="${site}/">${site}/</a> (this page: <a href="${live}">${live}</a>)`
    : 'on the website you downloaded it from';
  $('body').prepend(
    `<div class="copy-banner" role="note" data-pagefind-ignore><p><strong>Downloaded copy</strong> of the Pakistan Anti-Trafficking Law Library, made with texts current to <time datetime="${textCurrentTo}">${longDate(textCurrentTo)}</time> at the latest; each page below says which version it shows and its own date. ` +
      `It does not update itself: check the live library for newer text ${where}.</p></div>`,
  );

  // The copy's own download page cannot carry the zip's hash (the zip contains it): it says where it is.
  if (f === 'download/index.html') {
    $('[data-download="link"]').replaceWith(`<strong>${name}</strong> (this copy was unpacked from it)`);
    $('[data-download="size"]').text('see the download page of the live library');
    $('[data-download="files"]').text(`${inCopy.size + 2} (listed in SHA256SUMS)`);
    $('[data-download="sha256"]').text(`given on ${downloadPageWords}`);
    $('[data-download="copy-note"]').text(`This is the page as it stands inside the copy. The zip's size and SHA-256 are on ${downloadPageWords}; the files of this copy can be checked against SHA256SUMS (see VERIFY.txt).`).removeAttr('hidden');
  }

  // Addresses: root-relative to relative, each checked.
  const fixAttr = (sel: string, attr: string) => {
    $(sel).each((_, e) => {
      const v = $(e).attr(attr)!;
      const r = relativeHref(v, f, exists);
      if (!r) return;
      if ('href' in r) $(e).attr(attr, r.href);
      else broken.push(`${f}: ${attr}="${v}"`);
    });
  };
  fixAttr('a[href], area[href], link[href]', 'href');
  fixAttr('script[src], img[src], source[src], iframe[src]', 'src');
  fixAttr('form[action]', 'action');
  $('[style]').each((_, e) => {
    $(e).attr('style', rewriteCssUrls($(e).attr('style')!, f, exists, (m) => broken.push(`${f}: style url(${m})`)));
  });
  $('style').each((_, e) => {
    $(e).text(rewriteCssUrls($(e).text(), f, exists, (m) => broken.push(`${f}: <style> url(${m})`)));
  });
  writeFileSync(join(stage, f), $.html());
}
for (const f of [...inCopy].filter((p) => p.endsWith('.css'))) {
  const css = readFileSync(join(stage, f), 'utf8');
  writeFileSync(join(stage, f), rewriteCssUrls(css, f, exists, (m) => broken.push(`${f}: url(${m})`)));
}
if (broken.length) fail(`${broken.length} address(es) lead to nothing in the copy:\n  ${broken.slice(0, 20).join('\n  ')}`);

// ---------------------------------------------------------------------------------------------
// 4. Checksums, zip, and the /download/ page of the site

write(
  'VERIFY.txt',
  [
    `Pakistan Anti-Trafficking Law Library: downloaded copy, text current to ${longDate(textCurrentTo)} (${textCurrentTo}).`,
    `Open index.html in a web browser. Check the live library for newer text: ${siteWords}`,
    '',
    'Where this copy came from',
    `  It was unpacked from the zip file ${name}, made by the library's build.`,
    ...(site
      ? [`  The library is published at ${site}/`]
      : ['  The build that made it names no public web address for the library, so this file gives none (none is invented).']),
    // The one place the zip's hash is found, said once.
    `  The SHA-256 of the zip itself is given on ${downloadPageWords}${site ? '' : ' (or ask whoever gave you the zip)'}: check the zip against it.`,
    '  The files of this folder are checked against SHA256SUMS, as below.',
    '',
    'SHA256SUMS lists the SHA-256 of every other file in this folder. To check that none has changed,',
    'open a terminal in this folder (the one holding SHA256SUMS) and run:',
    '',
    '  Linux:   sha256sum -c SHA256SUMS',
    '  macOS:   shasum -a 256 -c SHA256SUMS',
    '',
    '  Windows (PowerShell):',
    "  Get-Content SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h) { \"FAILED: $f\" } else { \"OK: $f\" } }",
    '',
    'Every line should end in OK; a FAILED line names a file that differs from the copy as the build made it.',
    '',
  ].join('\n'),
);
const files = walk(stage).filter((f) => f !== 'SHA256SUMS').sort();
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
write('SHA256SUMS', files.map((f) => `${sha(readFileSync(join(stage, f)))}  ${f}\n`).join(''));

const mtime = new Date(`${textCurrentTo}T00:00:00Z`);
const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 9 }]> = {};
for (const f of walk(stage).sort()) entries[`${folder}/${f}`] = [readFileSync(join(stage, f)), { mtime, level: /\.(png|zip)$/.test(f) ? 0 : 9 }];
const zip = zipSync(entries);
if (zip.length > MAX_BYTES) fail(`the zip is ${zip.length} bytes, over the 10 MB budget`);
mkdirSync(join(outDir, 'downloads'), { recursive: true });
writeFileSync(join(outDir, 'downloads', name), zip);
const zipSha = sha(zip);
const fileCount = Object.keys(entries).length;
rmSync(tmp, { recursive: true, force: true });

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const downloadPage = join(outDir, 'download', 'index.html');
if (existsSync(downloadPage)) {
  const $ = cheerio.load(readFileSync(downloadPage, 'utf8'));
  $('[data-download="link"]').attr('href', `/downloads/${name}`).attr('download', '');
  $('[data-download="size"]').text(`${mb(zip.length)} (${zip.length.toLocaleString('en-GB')} bytes)`);
  $('[data-download="files"]').text(`${fileCount} (${docs.length} provision pages among ${pages.length} pages)`);
  $('[data-download="sha256"]').text(zipSha);
  writeFileSync(downloadPage, $.html());
} else fail(`${downloadPage} is missing`);

const ms = Math.round(performance.now() - t0);
console.log(`Download copy: downloads/${name}, ${mb(zip.length)}, ${fileCount} files (${pages.length} pages, ${docs.length} indexed for search), SHA-256 ${zipSha}, ${(ms / 1000).toFixed(1)} s.`);
if (dropped.size) console.log(`  Scripts left out of the copy (they need Pagefind): ${[...dropped].map(([k, n]) => `${k} (${n} page${n > 1 ? 's' : ''})`).join(', ')}`);
