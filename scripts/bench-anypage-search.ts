// Search from any page, against a default Starlight site, measured the same way in the same run
// (part of `npm run bench`). From the last key typed into the header's search on a provision page
// to the first result on screen, cold (a fresh browser context per query), median over the
// queries. The Starlight site is a throw-away build in a temporary folder outside the repository:
// npm's @astrojs/starlight with its defaults (its own Pagefind search, whose input waits 300 ms
// after the last key), and one Markdown page per provision of the current texts, from the same
// content/provisions/ files. Nothing of it is committed; set STARLIGHT_DIR to reuse a folder.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import sirv from 'sirv';
import { parse } from 'yaml';
import type { Browser, Page } from '@playwright/test';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
type Row = [string, string, string?];

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const files = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); }));
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** The current text of every provision as plain Markdown: one paragraph per statute line. */
function provisionPages() {
  const out: { path: string; title: string; body: string }[] = [];
  for (const f of readdirSync(join(root, 'content', 'acts')).filter((n) => n.endsWith('.yaml'))) {
    const act = f.replace(/\.yaml$/, '');
    const y = parse(readFileSync(join(root, 'content', 'acts', f), 'utf8'));
    const current = y.versions.find((v: { current: boolean }) => v.current);
    const vid = current.id instanceof Date ? current.id.toISOString().slice(0, 10) : String(current.id);
    const dir = join(root, 'content', 'provisions', act, vid);
    for (const n of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
      const text = readFileSync(join(dir, n), 'utf8');
      const front = parse(text.split('---')[1]);
      const body = text.split('---').slice(2).join('---')
        .replace(/<Fn[^>]*\/>/g, '').replace(/<\/?(?:L|Hd|Ed|Gap)[^>]*>/g, '\n').replace(/<[^>]+>/g, '')
        .split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
      out.push({ path: `${act}/${n.replace(/\.mdx$/, '')}`, title: `${front.number === 'preamble' ? 'Preamble' : `Section ${front.number}`}. ${front.heading} — ${y.shortTitle}`, body });
    }
  }
  return out;
}

/** Builds (once per folder) the default Starlight site from the provisions; returns its dist/. */
function buildStarlight(): string {
  const dir = process.env.STARLIGHT_DIR ?? join(tmpdir(), 'law-library-starlight-bench');
  mkdirSync(dir, { recursive: true });
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest' } }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Law library (Starlight bench)' })] });\n`);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Law library\n---\n\nThe provisions, one page each.\n');
  for (const p of provisionPages()) {
    mkdirSync(dirname(join(docs, `${p.path}.md`)), { recursive: true });
    writeFileSync(join(docs, `${p.path}.md`), `---\ntitle: ${JSON.stringify(p.title)}\n---\n\n${p.body}\n`);
  }
  const nodeFirst = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
  const env = { ...process.env, PATH: nodeFirst, ASTRO_TELEMETRY_DISABLED: '1' };
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', env });
  execFileSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
  return join(dir, 'dist');
}

interface Site {
  /** Opens the search from a provision page and returns the input to type into. */
  open(page: Page): Promise<import('@playwright/test').Locator>;
  /** CSS selector of a result on screen. */
  result: string;
}

const OURS: Site = {
  async open(page) { const box = page.locator('#site-q'); await box.focus(); return box; },
  result: '#hs-results > li, #hs-cite a',
};
const STARLIGHT: Site = {
  async open(page) {
    await page.locator('site-search button[data-open-modal]').first().click();
    const box = page.locator('.pagefind-ui__search-input').first();
    await box.waitFor();
    return box;
  },
  result: '.pagefind-ui__result',
};

/** Cold, per query: a fresh context, a provision page, the search opened, the query typed. */
async function measure(browser: Browser, base: string, site: Site, pages: string[], queries: string[]) {
  const times: number[] = [];
  for (const [i, q] of queries.entries()) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(`${base}${pages[i % pages.length]}`);
    await page.waitForLoadState('networkidle');
    const box = await site.open(page);
    await box.pressSequentially(q.slice(0, -1));
    // Let the searches of the earlier keys finish (Starlight's waits 300 ms), so that only what the
    // last key brings is timed.
    await page.waitForTimeout(400);
    await page.waitForLoadState('networkidle');
    await page.evaluate((sel) => {
      const w = window as unknown as { __key?: number; __first?: number };
      w.__key = undefined; w.__first = undefined;
      document.addEventListener('keydown', () => { w.__key = performance.now(); }, { once: true, capture: true });
      // Results of the earlier keys do not count: only elements that appear after the last key.
      for (const e of document.querySelectorAll(sel)) e.setAttribute('data-bench-old', '');
      const fresh = sel.split(',').map((x) => `${x.trim()}:not([data-bench-old])`).join(', ');
      const obs = new MutationObserver(() => {
        if (w.__key !== undefined && w.__first === undefined && document.querySelector(fresh)) { w.__first = performance.now(); obs.disconnect(); }
      });
      obs.observe(document.body, { childList: true, subtree: true, attributes: true });
    }, site.result);
    await box.press(q.slice(-1) === ' ' ? 'Space' : q.slice(-1));
    try {
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, null, { timeout: 5000 });
      times.push(await page.evaluate(() => { const w = window as unknown as { __key: number; __first: number }; return w.__first - w.__key; }));
    } catch { /* no result within 5 s */ }
    await ctx.close();
  }
  return times;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

/**
 * Rows for the bench table: the median for this site and for Starlight, and the ratio (budget
 * ≤ 0.5). `queries`: English queries both sites can answer from the statute text.
 */
export async function anyPageSearchFigures(browser: Browser, dist: string, queries: string[]): Promise<Row[]> {
  const pages = ['/ptpa-2018/s3/', '/ppc/s371a/', '/psma-2018/s4/', '/blsa-1992/s11/'];
  const { server, base } = await serve(dist);
  const ours = await measure(browser, base, OURS, pages, queries);
  server.close();
  let starlightDist: string;
  try { starlightDist = buildStarlight(); }
  catch (e) { return [['any-page search vs Starlight', `Starlight build failed: ${(e as Error).message.split('\n')[0]}`]]; }
  const sl = await serve(starlightDist);
  const theirs = await measure(browser, sl.base, STARLIGHT, pages.map((p) => p.replace(/\/s(\w+)\/$/, '/s$1/')), queries);
  sl.server.close();
  const a = median(ours), b = median(theirs);
  return [
    [`any-page search, cold: last key to first result, this site (median, ${ours.length}/${queries.length} answered)`, `${Math.round(a)} ms`],
    [`any-page search, cold: same, default Starlight site (median, ${theirs.length}/${queries.length} answered)`, `${Math.round(b)} ms`],
    ['any-page search: this site ÷ Starlight', (a / b).toFixed(2), '≤ 0.5'],
  ];
}

// `node scripts/bench-anypage-search.ts` runs this comparison alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const qs = (JSON.parse(readFileSync(join(root, 'tests', 'relevance-queries.json'), 'utf8')).queries as { q: string }[]).map((x) => x.q).filter((q) => !/\d/.test(q)).slice(0, Number(process.env.ANYPAGE_QUERIES ?? 25));
  for (const [a, b, c] of await anyPageSearchFigures(browser, join(root, 'dist'), qs)) console.log(`${a}  ${b}  ${c ?? ''}`);
  await browser.close();
}
