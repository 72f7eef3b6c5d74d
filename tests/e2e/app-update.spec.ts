// The installed app never passes off an old text as current (issue 10): after a new build, the
// next online visit says "A newer text of the library is available", and its button reloads onto
// the newer text.
//
// To keep this fast the "new build" is not a full astro build: the test serves a copy of dist/ from
// a temporary folder on its own port, installs the app from it, changes one word of a
// provision page in that folder and regenerates the service worker with
// `node scripts/service-worker.ts <folder>`, exactly the build's last step.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ownServer, type OwnServer } from '../support/own-server.ts';

test.use({ serviceWorkers: 'allow' });
// One server, one folder: the tests run in order in one worker.
test.describe.configure({ mode: 'serial' });

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = '/ppc/s371a/';
const OLD = 'lets to hire';
const NEW = 'leases to hire';
let server: OwnServer;
let dir: string;
let base: string;

test.beforeAll(async () => {
  server = await ownServer();
  ({ dir, base } = server);
});
test.afterAll(async () => {
  await server?.close();
});

async function installed(page: Page) {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await expect(page.locator('#offline-ready')).toContainText('Ready offline:', { timeout: 60_000 });
}

test('a new build is announced on the next visit and its button loads the newer text', async ({ page }) => {
  test.setTimeout(120_000);
  await installed(page);
  await page.goto(`${base}${PAGE}`);
  await expect(page.locator('#s371a-text-1')).toContainText(OLD);
  await expect(page.locator('#app-notice')).toBeHidden();

  // The new build: one word of s. 371-A changed, the service worker regenerated.
  const file = join(dir, 'ppc', 's371a', 'index.html');
  const html = readFileSync(file, 'utf8');
  expect(html).toContain(OLD);
  writeFileSync(file, html.replace(OLD, NEW));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'service-worker.ts'), dir], { cwd: ROOT, stdio: 'pipe' });

  // The next visit is answered from the saved copy (old text), and says a newer text exists.
  await page.goto(`${base}${PAGE}`);
  const notice = page.locator('#app-notice');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('A newer text of the library is available');
  await expect(page.locator('#s371a-text-1')).toContainText(OLD);
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), notice.getByRole('button', { name: 'Load the newer text' }).click()]);
  await expect(page.locator('#s371a-text-1')).toContainText(NEW);
  await expect(page.locator('#app-notice')).toBeHidden();
  // And it stays: the saved copy now holds the new text.
  await page.reload();
  await expect(page.locator('#s371a-text-1')).toContainText(NEW);
});

test('an unchanged rebuild gives the same service worker: no update is announced', async () => {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'service-worker.ts'), dir], { cwd: ROOT, stdio: 'pipe' });
  expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(sw);
});
