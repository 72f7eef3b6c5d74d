// Offline figures for `npm run bench` (scripts/bench.ts): the downloadable zip's size and file
// count, and the first visit's saving for offline use, timed in Chromium from opening the home
// page to its "Ready offline" line, with the files and bytes the service worker precached.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sirv from 'sirv';
import type { Browser } from '@playwright/test';

/** Rows [measure, figure, budget] for the bench table. */
export async function offlineFigures(browser: Browser, dist: string): Promise<[string, string, string][]> {
  const rows: [string, string, string][] = [];
  const dir = join(dist, 'downloads');
  const zip = readdirSync(dir).find((f) => f.endsWith('.zip'));
  if (zip) {
    const bytes = readFileSync(join(dir, zip));
    rows.push([`downloadable copy ${zip}`, `${(bytes.length / 1024 / 1024).toFixed(2)} MB`, '≤ 10 MB']);
    rows.push(['downloadable copy: files', String(Object.keys(unzipSync(bytes)).filter((n) => !n.endsWith('/')).length), '']);
  } else rows.push(['downloadable copy', 'not built', '≤ 10 MB']);

  const files = sirv(dist, { dev: false, etag: true });
  const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`${base}/`);
    await page.waitForSelector('#offline-ready[data-state="ready"]', { timeout: 120_000 });
    const t = performance.now() - t0;
    const cached = await page.evaluate(async () => {
      let n = 0;
      let size = 0;
      for (const name of await caches.keys()) {
        const c = await caches.open(name);
        for (const r of await c.keys()) { n++; size += (await (await c.match(r))!.arrayBuffer()).byteLength; }
      }
      return { n, size };
    });
    rows.push([`first visit: saved for offline use (${cached.n} files, ${(cached.size / 1024 / 1024).toFixed(2)} MB)`, `${(t / 1000).toFixed(1)} s`, '']);
  } catch (e) {
    rows.push(['first visit: saved for offline use', `failed: ${(e as Error).message.split('\n')[0]}`, '']);
  } finally {
    await context.close();
    server.close();
  }
  return rows;
}
