// Measures the built site (it builds nothing itself, except the throw-away scale run) and prints
// a table: search latency in headless Chromium (cold and warm, median and p95), bytes fetched for
// the first query, page weight per kind of page (gzip), JavaScript bytes, build time per step,
// and a scale run with the corpus copied fifty times. Budgets are printed beside the figures.
//   npm run bench            all of it
//   npm run bench -- --quick skip the scale run
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, readdirSync, statSync, mkdirSync, cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import sirv from 'sirv';
import { chromium, type Browser } from '@playwright/test';
import { serverLoad } from './bench-server.ts';
import { lighthouseScores, lighthouseTable } from './bench-lighthouse.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const quick = process.argv.includes('--quick');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Query { q: string; expect: string }
const queries: Query[] = JSON.parse(readFileSync(join(root, 'tests', 'relevance-queries.json'), 'utf8')).queries ?? JSON.parse(readFileSync(join(root, 'tests', 'relevance-queries.json'), 'utf8'));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, budget = '') => { rows.push([what, figure, budget]); };

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const files = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); }));
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const a = server.address() as { port: number };
    ok({ server, base: `http://127.0.0.1:${a.port}` });
  }));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

/** HTML plus the CSS and JS it loads on a first visit (search not yet loaded), gzipped. */
function pageWeight(dist: string, url: string) {
  const html = readFileSync(join(dist, url, 'index.html'));
  let total = gzipSync(html).length;
  let js = 0;
  const text = html.toString();
  for (const m of text.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)) {
    const size = gzipSync(readFileSync(join(dist, m[1]))).length;
    total += size;
    if (m[1].endsWith('.js')) js += size;
  }
  return { html: gzipSync(html).length, total, js };
}

async function searchLatency(browser: Browser, base: string, qs: Query[]) {
  const cold: number[] = [];
  const warm: number[] = [];
  const slow: [number, string, string][] = [];
  let firstQueryBytes = 0;
  // Cold: a fresh context (empty cache) per query; time from the last keystroke to the first result.
  for (const [i, { q }] of qs.entries()) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    let bytes = 0;
    let counting = false;
    page.on('response', async (r) => { if (counting) { try { bytes += (await r.body()).length; } catch { /* redirect */ } } });
    await page.goto(`${base}/search/`);
    counting = true;
    const t = await timeQuery(page, q);
    if (t !== null) { cold.push(t); slow.push([t, 'cold', q]); }
    await page.waitForLoadState('networkidle');
    if (i === 0) firstQueryBytes = bytes;
    await ctx.close();
  }
  // Warm: one page, the index already loaded; each query typed in turn.
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(`${base}/search/`);
  await timeQuery(page, qs[0].q);
  for (const { q } of qs) {
    const t = await timeQuery(page, q);
    if (t !== null) { warm.push(t); slow.push([t, 'warm', q]); }
  }
  if (process.env.BENCH_SLOWEST) for (const [t, k, q] of slow.sort((a, b) => b[0] - a[0]).slice(0, Number(process.env.BENCH_SLOWEST))) console.log(`slow: ${Math.round(t)} ms ${k} ${JSON.stringify(q)}`);
  await ctx.close();
  return { cold, warm, firstQueryBytes };
}

/**
 * Time from the last keystroke to the first result on screen, both taken inside the page: the
 * keydown event's time and a MutationObserver's, so the harness's own round trips do not count.
 */
async function timeQuery(page: import('@playwright/test').Page, q: string): Promise<number | null> {
  const box = page.locator('#q');
  await box.fill('');
  await page.evaluate(() => document.querySelector('#search-results')?.replaceChildren());
  await box.pressSequentially(q.slice(0, -1));
  await page.evaluate(() => {
    const w = window as unknown as { __key?: number; __first?: number };
    w.__key = undefined;
    w.__first = undefined;
    document.querySelector('#q')!.addEventListener('keydown', () => { w.__key = performance.now(); }, { once: true });
    const seen = () => document.querySelector('#search-results > li, #citation-answer:not([hidden]) a');
    const obs = new MutationObserver(() => {
      if (w.__key !== undefined && w.__first === undefined && seen()) { w.__first = performance.now(); obs.disconnect(); }
    });
    obs.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
  await box.press(q.slice(-1) === ' ' ? 'Space' : q.slice(-1));
  try {
    await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, null, { timeout: 5000 });
  } catch { return null; }
  return page.evaluate(() => { const w = window as unknown as { __key: number; __first: number }; return w.__first - w.__key; });
}

async function main() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) { console.error('dist/ is not built: run "npm run build" first.'); process.exit(1); }

  // Page weight by kind.
  const kinds: [string, string][] = [['home', '/'], ['Act (whole text)', '/ptpa-2018/'], ['provision', '/ptpa-2018/s3/'], ['provision (PPC)', '/ppc/s371a/'], ['search', '/search/'], ['penalty table', '/penalties/'], ['finder', '/finder/']];
  for (const [kind, url] of kinds) {
    if (!existsSync(join(dist, url, 'index.html'))) continue;
    const w = pageWeight(dist, url);
    row(`${kind} page ${url}: HTML+CSS+JS gzip (first visit)`, kb(w.total), kind.startsWith('provision') ? '≤ 20 KB' : '');
  }
  const jsFiles = walk(dist).filter((f) => extname(f) === '.js' && !f.includes('/pagefind/'));
  row('site JavaScript (all /_astro/*.js, gzip)', kb(jsFiles.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0)));
  const pf = walk(join(dist, 'pagefind'));
  row('Pagefind bundle on disk (all files)', kb(pf.reduce((n, f) => n + statSync(f).size, 0)));
  const htmlPages = walk(dist).filter((f) => f.endsWith('.html'));
  row('pages built', String(htmlPages.length));

  // Build time per step, from the last "npm run build".
  const bt = join(root, '.cache', 'build-times.json');
  if (existsSync(bt)) {
    const { ms: times } = JSON.parse(readFileSync(bt, 'utf8')) as { ms: Record<string, number> };
    let total = 0;
    for (const [step, t] of Object.entries(times)) { row(`build step: ${step}`, ms(t)); total += t; }
    row('build: whole', ms(total), '≤ 90 s');
  } else row('build time', 'not recorded: run "npm run build" first', '≤ 90 s');

  // Search latency in a real browser.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const { server, base } = await serve(dist);
  const lat = await searchLatency(browser, base, queries);
  server.close();
  row(`search, cold page: first result after typing (median, ${lat.cold.length} queries)`, ms(pct(lat.cold, 50)));
  row('search, cold page: p95', ms(pct(lat.cold, 95)), '≤ 300 ms');
  row(`search, warm: first result after typing (median, ${lat.warm.length} queries)`, ms(pct(lat.warm, 50)));
  row('search, warm: p95', ms(pct(lat.warm, 95)), '≤ 50 ms');
  row('bytes fetched for the first query (cold)', kb(lat.firstQueryBytes), '≤ 200 KB');
  const unanswered = queries.length - lat.cold.length;
  if (unanswered) row('queries with no result shown within 5 s (cold)', String(unanswered));

  for (const r of await (await import('./bench-offline.ts')).offlineFigures(browser, dist)) row(...r);
  // Search from the header of a provision page, beside a default Starlight site built from the same texts.
  const english = queries.map((x) => x.q).filter((q) => !/\d/.test(q)).slice(0, 25);
  for (const r of await (await import('./bench-anypage-search.ts')).anyPageSearchFigures(browser, dist, english)) row(...r);

  if (!quick) {
    try { await scaleRun(browser); } catch (e) { row('scale run', `failed: ${(e as Error).message.split('\n')[0]}`); }
  }
  await browser.close();

  // The local server under load, and Lighthouse on four kinds of page (scripts/bench-server.ts, bench-lighthouse.ts).
  try { for (const r of await serverLoad(dist)) row(...r); } catch (e) { row('server load', `failed: ${(e as Error).message.split('\n')[0]}`); }
  let lighthouse: string[] = [];
  try { lighthouse = lighthouseTable(await lighthouseScores(dist)); } catch (e) { lighthouse = [`Lighthouse failed: ${(e as Error).message.split('\n')[0]}`]; }

  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`\n${'measure'.padEnd(w[0])}  ${'figure'.padStart(w[1])}  budget`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);
  console.log(`\nLighthouse (scores 0–100, targets in the header)\n${lighthouse.join('\n')}`);
}

/** The corpus copied fifty times into a throw-away project, built and searched; never shipped. */
async function scaleRun(browser: Browser) {
  const copies = Number(process.env.SCALE_COPIES ?? 50);
  const dir = join(tmpdir(), `law-scale-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const acts = readdirSync(join(root, 'content', 'acts')).map((f) => f.replace('.yaml', ''));
  for (let k = 2; k <= copies; k++) {
    for (const act of acts) {
      const id = `${act}-copy${k}`;
      writeFileSync(join(dir, 'content', 'acts', `${id}.yaml`), readFileSync(join(root, 'content', 'acts', `${act}.yaml`), 'utf8').replace(/^order: (\d+)/m, `order: ${k * 10}`));
      for (const f of walk(join(root, 'content', 'provisions', act))) {
        const to = f.replace(join(root, 'content', 'provisions', act), join(dir, 'content', 'provisions', id));
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, readFileSync(f, 'utf8').replace(`act: ${act}\n`, `act: ${id}\n`));
      }
    }
  }
  const t0 = performance.now();
  // The copy sits in a temporary folder: it must be told where the sources are.
  const sources = process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'sources');
  execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, SOURCES_DIR: sources, ASTRO_TELEMETRY_DISABLED: '1' } });
  const t1 = performance.now();
  execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--silent'], { cwd: dir, stdio: 'ignore', env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` } });
  const t2 = performance.now();
  const pages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
  row(`scale ×${copies}: pages`, String(pages));
  row(`scale ×${copies}: astro build`, ms(t1 - t0));
  row(`scale ×${copies}: pagefind index`, ms(t2 - t1));
  const { server, base } = await serve(join(dir, 'dist'));
  const lat = await searchLatency(browser, base, queries.slice(0, 15));
  server.close();
  row(`scale ×${copies}: search cold p95 / warm p95 (15 queries)`, `${ms(pct(lat.cold, 95))} / ${ms(pct(lat.warm, 95))}`);
  row(`scale ×${copies}: bytes for the first query`, kb(lat.firstQueryBytes));
  rmSync(dir, { recursive: true, force: true });
}

await main();
