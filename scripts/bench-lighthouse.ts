// Lighthouse (the npm package, with the system Chromium) on the home page, an Act, a provision and
// the search page, served by scripts/serve.ts with its headers (CSP, caching). Prints the four
// category scores per page beside the targets. Run alone (`node scripts/bench-lighthouse.ts
// [dist]`) or from scripts/bench.ts. Slow (about half a minute a page): never part of npm test.
import { spawn, execFile } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const PAGES: [string, string][] = [['home', '/'], ['an Act', '/ptpa-2018/'], ['a provision', '/ptpa-2018/s3/'], ['search', '/search/'], ['search, a query', '/search/?q=coercion']];
export const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

interface Audit { score: number | null; title: string; scoreDisplayMode: string }
interface Report { categories: Record<string, { score: number; auditRefs: { id: string }[] }>; audits: Record<string, Audit> }

function lighthouse(url: string): Promise<Report> {
  const bin = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [bin, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${Object.keys(TARGETS).join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'];
  return new Promise((ok, fail) => execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (err, stdout, stderr) => {
    if (err) return fail(new Error(`lighthouse ${url}: ${err.message} ${stderr.slice(-500)}`));
    try { ok(JSON.parse(stdout)); } catch (e) { fail(e as Error); }
  }));
}

async function startServer(dist: string) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.ts'), dist], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' } });
  let out = '';
  const base = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d) => { out += d; const m = /Library served at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out); if (m) ok(m[1]); });
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
  return { base, stop: () => new Promise<void>((ok) => { child.once('exit', () => ok()); child.kill('SIGTERM'); }) };
}

/**
 * Scores per page, 0–100, and the failing audits of any category below its target.
 * @returns one entry per page: { page, url, scores: {performance, accessibility, best-practices, seo}, failing: audit titles }
 */
export async function lighthouseScores(dist: string) {
  const server = await startServer(dist);
  const out: { page: string; url: string; scores: Record<string, number>; failing: string[] }[] = [];
  try {
    for (const [page, url] of PAGES) {
      const r = await lighthouse(server.base + url);
      const scores = Object.fromEntries(Object.keys(TARGETS).map((c) => [c, Math.round((r.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.keys(TARGETS).filter((c) => scores[c] < TARGETS[c]).flatMap((c) => r.categories[c].auditRefs
        .map((a) => r.audits[a.id]).filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable').map((a) => `${c}: ${a.title}`));
      out.push({ page, url, scores, failing });
    }
  } finally {
    await server.stop();
  }
  return out;
}

/** The scores as a table (lines of text), targets in the header. */
export function lighthouseTable(results: Awaited<ReturnType<typeof lighthouseScores>>): string[] {
  const cats = Object.keys(TARGETS);
  const head = ['page'.padEnd(36), ...cats.map((c) => `${c} (≥ ${TARGETS[c]})`.padStart(22))].join('');
  const lines = [head];
  for (const r of results) lines.push([`${r.page} ${r.url}`.padEnd(36), ...cats.map((c) => `${r.scores[c]}${r.scores[c] < TARGETS[c] ? ' (below)' : ''}`.padStart(22))].join(''));
  for (const r of results) for (const f of r.failing) lines.push(`  ${r.url}: ${f}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await lighthouseScores(process.argv[2] ?? join(root, 'dist'));
  console.log(lighthouseTable(results).join('\n'));
}
