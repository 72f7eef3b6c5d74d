// Every built page in Chromium (the list is read from dist/, so new pages are crawled without
// editing this file): no request to another origin, no failed load (4xx/5xx or a network
// failure), no uncaught script error, no console error (a CSP violation shows there). The pages
// are shared among a few tests that each reuse one browser page; the service worker is blocked.
import { test, expect } from '@playwright/test';
import { allPageUrls } from '../support/page-kinds.ts';

const urls = allPageUrls();
const SHARDS = 6;

test('the crawl has the whole site to visit', () => {
  expect(urls.length).toBeGreaterThan(200);
  expect(urls).toContain('/ptpa-2018/s3/');
});

for (let shard = 0; shard < SHARDS; shard++) {
  const mine = urls.filter((_, i) => i % SHARDS === shard);
  test(`crawl ${shard + 1}/${SHARDS}: ${mine.length} pages load cleanly`, async ({ page, baseURL }) => {
    test.setTimeout(mine.length * 3_000 + 30_000);
    const origin = new URL(baseURL!).origin;
    let current = '';
    const faults: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) faults.push(`${current}: request to another origin ${r.url()}`); });
    // ERR_ABORTED is a request the next navigation cancelled (a late favicon), not a failed load.
    page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') faults.push(`${current}: failed ${r.url()} (${r.failure()?.errorText})`); });
    page.on('response', (r) => { if (r.status() >= 400) faults.push(`${current}: ${r.status()} for ${r.url()}`); });
    page.on('pageerror', (e) => faults.push(`${current}: page error ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') faults.push(`${current}: console error ${m.text()}`); });
    for (const url of mine) {
      current = url;
      const res = await page.goto(url, { waitUntil: 'load' });
      // /404.html is a page like any other when asked for by name.
      if (!res || res.status() !== 200) faults.push(`${url}: answered ${res?.status()}`);
    }
    // Late requests of the last page land before the verdict.
    await page.waitForLoadState('networkidle');
    expect(faults).toEqual([]);
  });
}
