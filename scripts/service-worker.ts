// Build step, after Pagefind: writes <outDir>/sw.js, the service worker that makes the site work
// offline once it has been visited. It precaches every file a reader can need: every HTML page,
// the CSS and JS, the favicon, icons and manifest, /data/*.json and the whole Pagefind index
// (fragments, index chunks, filters, wasm). Usage: node scripts/service-worker.ts [outDir]
// (default: $OUT_DIR, else dist).
//
// How requests are answered:
// - a precached file is served from the cache, whatever its query string: /search/?q=… and
//   /finder/?f=… get the cached page, and Pagefind's pagefind-entry.json?ts=<now> (Pagefind adds
//   the time to that URL on every load unless `metaCacheTag` is set) gets the cached entry file;
// - a directory URL (/ptpa-2018/s3/) is served from its index.html;
// - any other page is fetched from the network, and when the network fails the cached /404.html
//   is shown;
// - nothing else is routed: the worker makes no request to any other origin.
// A new build gives a new sw.js; the browser installs it on a later visit and it replaces the old
// cache at once (skipWaiting, clientsClaim).
import { generateSW, getManifest } from 'workbox-build';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative, sep } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = resolve(root, process.argv[2] ?? process.env.OUT_DIR ?? 'dist');

/** What is precached; everything else in outDir is listed after the build as not precached. */
const GLOB_PATTERNS = [
  '**/*.html',
  '**/*.{css,js}',
  'favicon.svg',
  '*.png',
  'manifest.webmanifest',
  'data/*.json',
  'pagefind/**/*',
];
const SW = 'sw.js';

for (const need of ['index.html', '404.html', 'manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
  if (!existsSync(join(outDir, need))) {
    console.error(`service worker: ${need} is missing from ${outDir}; build the site and run Pagefind first.`);
    process.exit(1);
  }
}

const globs = {
  globDirectory: outDir,
  globPatterns: GLOB_PATTERNS,
  globIgnores: [SW, 'workbox-*.js', '**/node_modules/**'],
  // The index wasm and the largest pages are well under this; a file over it would be left out
  // with a warning, which fails the build below.
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  // Files whose names carry a content hash need no revision.
  dontCacheBustURLsMatching: /^_astro\/|\.pf_(?:fragment|index|filter|meta)$/,
};
// The same globs twice: getManifest lists the entries for the report, generateSW writes them.
const { manifestEntries } = await getManifest(globs);
const { count, size, warnings } = await generateSW({
  ...globs,
  swDest: join(outDir, SW),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  directoryIndex: 'index.html',
  // A static site: no query parameter changes a file. Ignoring them all serves /search/?q=…,
  // /finder/?f=… and pagefind-entry.json?ts=… from the cache.
  ignoreURLParametersMatching: [/.*/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // Pages not in the precache (none, until a newer build adds some): the network, and the
      // cached 404 page when offline.
      urlPattern: ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
    },
  ],
});

// Keep the manifest honest: say what is in it, what is not, and fail on anything skipped.
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(outDir, p).split(sep).join('/'));
  }
};
walk(outDir);
const precached = new Set(manifestEntries.map((e) => e.url));
const left = files.filter((f) => f !== SW && !precached.has(f));
const html = files.filter((f) => f.endsWith('.html'));
const missingHtml = html.filter((f) => !precached.has(f));
const pf = files.filter((f) => f.startsWith('pagefind/'));
const pfMissing = pf.filter((f) => !precached.has(f));

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`Service worker: ${SW} precaches ${count} files, ${mb(size)} (${html.length} HTML pages, ${pf.length} Pagefind files).`);
if (left.length) console.log(`  Not precached (${left.length}): ${left.join(', ')}`);
for (const w of warnings) console.error(`  warning: ${w}`);
if (warnings.length || missingHtml.length || pfMissing.length) {
  if (missingHtml.length) console.error(`  HTML pages left out: ${missingHtml.join(', ')}`);
  if (pfMissing.length) console.error(`  Pagefind files left out: ${pfMissing.join(', ')}`);
  process.exit(1);
}
