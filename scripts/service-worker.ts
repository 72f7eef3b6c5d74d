// Build step, after Pagefind: writes <outDir>/sw.js, the service worker that makes the site work
// offline once it has been visited. It bundles src/sw/sw.ts (Workbox precaching and routing) with
// esbuild and injects the list of files to precache: every HTML page, the CSS and JS, the favicon,
// icons and manifest, /data/*.json and the whole Pagefind index (fragments, index chunks, filters,
// wasm). Usage: node scripts/service-worker.ts [outDir] (default: $OUT_DIR, else dist).
//
// How the worker answers requests, installs and updates: see src/sw/sw.ts. In short, a new build
// gives a new sw.js only when a precached file changed; the browser finds it on the next online
// visit and it waits until the reader chooses to load the newer text (src/scripts/app-status.ts).
import { injectManifest, getManifest } from 'workbox-build';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// The list first: its revisions make the worker's version, so an unchanged build gives the same sw.js.
const { manifestEntries, warnings: listWarnings } = await getManifest(globs);
const version = createHash('sha256').update(JSON.stringify(manifestEntries)).digest('hex').slice(0, 16);
const corpus = join(outDir, 'data', 'corpus.json');
const textCurrentTo = existsSync(corpus) ? (JSON.parse(readFileSync(corpus, 'utf8')) as { textCurrentTo: string }).textCurrentTo : '';
const tmp = mkdtempSync(join(tmpdir(), 'library-sw-'));
const swSrc = join(tmp, 'sw.js');
await build({
  entryPoints: [join(root, 'src', 'sw', 'sw.ts')],
  outfile: swSrc,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"', __BUILD__: JSON.stringify({ version, textCurrentTo }) },
  logLevel: 'warning',
});
const { count, size, warnings } = await injectManifest({ ...globs, swSrc, swDest: join(outDir, SW) });
rmSync(tmp, { recursive: true, force: true });
warnings.push(...listWarnings.filter((w) => !warnings.includes(w)));

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
