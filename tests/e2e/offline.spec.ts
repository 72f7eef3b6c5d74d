// Offline: after one visit the service worker (/sw.js) has precached the whole site, so with the
// network gone a provision page never opened before still renders, search still answers, an address
// typed without its final slash opens, an unknown address gets the cached 404 page, and a page says
// it comes from the saved copy, of what date. The home page shows the saving, then "Ready offline".
import { test, expect, type Page } from '@playwright/test';
import { ownServer } from '../support/own-server.ts';

// Other specs block the service worker (playwright.config.ts); this one needs it.
test.use({ serviceWorkers: 'allow' });

/**
 * Opens the home page (of `base`, else the test server) and waits until the worker is active,
 * controls the page and holds the files.
 */
async function installed(page: Page, base = '') {
  await page.goto(`${base}/`);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // Precaching happens during install; "activated" means every file is in the cache.
    if (reg.active?.state !== 'activated') {
      await new Promise<void>((ok) => reg.active!.addEventListener('statechange', () => reg.active!.state === 'activated' && ok()));
    }
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const need = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/ppc/s371a/index.html', '/ptpa-2018/as-enacted/s10/index.html', '/search/index.html', '/404.html', '/data/catalogue.json'];
  await page.waitForFunction(async (need) => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return need.every((u) => urls.includes(u)) && urls.some((u) => u.endsWith('.pf_fragment')) && urls.some((u) => u.endsWith('.pf_index'));
  }, need, { timeout: 30_000, polling: 250 });
}

test('a provision page never visited renders offline, from the service worker', async ({ page, context, baseURL }) => {
  // Every request, the worker's own precaching included, stays on the site's origin.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await installed(page);
  expect(requests.length).toBeGreaterThan(400);
  expect(requests.filter((u) => new URL(u).origin !== new URL(baseURL!).origin)).toEqual([]);
  await context.setOffline(true);

  for (const [url, text] of [['/ppc/s371a/', 'Section 371-A.'], ['/ptpa-2018/as-enacted/s10/', 'Section 10.']] as const) {
    const res = await page.goto(url);
    expect(res?.fromServiceWorker(), url).toBe(true);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), url).toContainText(text);
    await expect(page.locator('main .l').first(), url).toBeVisible();
    // The stylesheet came from the cache too.
    const accent = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(accent).toBe('rgb(11, 79, 60)');
  }
});

test('search works offline: /search/?q=coercion lists results', async ({ page, context }) => {
  await installed(page);
  await context.setOffline(true);

  const res = await page.goto('/search/?q=coercion');
  expect(res?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the library');
  await expect(page.locator('#q')).toHaveValue('coercion');
  await expect(page.locator('#search-results > li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#search-results')).toContainText(/coercion/i);
});

test('an unknown page offline gets the cached 404 page', async ({ page, context }) => {
  await installed(page);
  await context.setOffline(true);

  const res = await page.goto('/no-such-page/');
  expect(res?.fromServiceWorker()).toBe(true);
  // The server would answer 404; the cached fallback answers 200, so this proves the network was not used.
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the page links the web app manifest, which names the app and its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const m = await (await request.get(href!)).json();
  expect(m).toMatchObject({ name: 'Pakistan Anti-Trafficking Law Library', short_name: 'Trafficking Law', start_url: '/', display: 'standalone', theme_color: '#0b4f3c' });
  for (const icon of m.icons as { src: string }[]) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test('the home page shows the saving progress, then "Ready offline: <date>"', async ({ page }) => {
  await page.goto('/');
  const line = page.locator('#offline-ready');
  await expect(line).toHaveText(/Saving the library for offline use/);
  await expect(line).toHaveText(/^Ready offline: \d{1,2} [A-Z][a-z]+ \d{4}\./, { timeout: 60_000 });
  await expect(line).toHaveAttribute('data-state', 'ready');
});

test('offline, an address without its final slash opens the page, pinpoint included', async ({ page, context }) => {
  await installed(page);
  await context.setOffline(true);
  for (const [url, path, heading] of [
    ['/ppc/s371a', '/ppc/s371a/', 'Section 371-A.'],
    ['/psma-2018', '/psma-2018/', 'Prevention of Smuggling of Migrants Act'],
    ['/ptpa-2018/s3#s3-2', '/ptpa-2018/s3/', 'Section 3.'],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.fromServiceWorker(), url).toBe(true);
    expect(res?.status(), url).toBe(200);
    expect(new URL(page.url()).pathname, url).toBe(path);
    await expect(page.getByRole('heading', { level: 1 }), url).toContainText(heading);
  }
  expect(new URL(page.url()).hash).toBe('#s3-2');
  await expect(page.locator('#s3-2')).toBeInViewport();
});

/** The notice a page shows when it comes from the saved copy with no network behind it. */
async function expectOfflineNotice(page: Page) {
  const notice = page.locator('#app-notice');
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText(/You are offline: this page is from the copy of the library saved on this device on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(notice).toContainText('A newer text may have been published since');
  await expect(notice.getByRole('button')).toBeHidden();
}

test('a page opened from the saved copy with the library unreachable says the date of its copy and that newer text may exist', async ({ page, context }) => {
  // The site's own server, stopped: every request fails, the worker's update check included, as
  // on a phone in a court building with no signal. (context.setOffline alone reaches neither the
  // worker's requests nor, in recent Chromium, a document opened after it.)
  const site = await ownServer();
  try {
    await installed(page, site.base);
    await page.goto(`${site.base}/ppc/s370/`);
    // Online, the worker's check for a newer copy succeeds and the page says nothing.
    await expect(page.locator('#app-notice')).toHaveAttribute('data-checked', 'online', { timeout: 15_000 });
    await expect(page.locator('#app-notice')).toBeHidden();
    await site.stop();
    await context.setOffline(true);
    const res = await page.goto(`${site.base}/ppc/s371a/`);
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 371-A.');
    await expectOfflineNotice(page);
  } finally {
    await site.close();
  }
});

test('a page open when the network drops says it is from the saved copy, of what date', async ({ page, context }) => {
  await installed(page);
  await page.goto('/ppc/s371a/');
  await expect(page.locator('#app-notice')).toHaveAttribute('data-checked', 'online', { timeout: 15_000 });
  await expect(page.locator('#app-notice')).toBeHidden();
  await context.setOffline(true);
  await expectOfflineNotice(page);
});
