// The court bundle: provisions picked anywhere, in the reader's order, printed as one document
// with contents, citations, pinpoints, versions and dates; shareable by its address.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipCopy } from '../support/copy.ts';

const THREE = '/bundle/?p=ptpa-2018/s3-2,psma-2018/s6,ppc/s371a';

test('a bundle of PTPA s. 3(2), PSMA s. 6 and PPC s. 371-A prints with contents, citations and dates', async ({ page }) => {
  await page.goto(THREE);
  const toc = page.locator('#bundle-toc li');
  await expect(toc).toHaveCount(3);
  await expect(toc.nth(0)).toContainText('s. 3 PTPA 2018');
  await expect(toc.nth(0)).toContainText('pinpoints: s. 3(2) PTPA 2018');
  await expect(toc.nth(1)).toContainText('s. 6 PSMA 2018');
  await expect(toc.nth(2)).toContainText('s. 371-A PPC');
  const entries = page.locator('.bundle-entry');
  await expect(entries.nth(0)).toContainText('section 3 of the Prevention of Trafficking in Persons Act, 2018; pinpoints: section 3(2) of the Prevention of Trafficking in Persons Act, 2018');
  await expect(entries.nth(0)).toContainText('text current to 23 April 2025');
  await expect(entries.nth(1)).toContainText('text current to 21 April 2025');
  await expect(entries.nth(2)).toContainText('Penal Code');
  await expect(entries.nth(2)).toContainText('text current to 30 November 2025');
  await expect(entries.nth(2)).toContainText('shall be punished with imprisonment which may extend to twenty-five years');
  // The cited line is marked; its footnotes come with the section.
  await expect(entries.nth(0).locator('.l.bundle-pin')).toHaveCount(1);
  await expect(entries.nth(0).locator('.l.bundle-pin')).toContainText('(2) If the offence');
  await expect(entries.nth(0).locator('.footnotes')).toContainText('Act No. IX of 2025');
  // Every page's head names the three citations and their dates.
  expect(await page.locator('html').getAttribute('data-print-head')).toBe('Court bundle: s. 3(2) PTPA 2018 (to 23 April 2025); s. 6 PSMA 2018 (to 21 April 2025); s. 371-A PPC (to 30 November 2025)');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#bundle-contents')).toBeVisible();
  await expect(page.locator('#bundle-prepared')).toContainText('Prepared on');
  for (const b of await page.locator('.bundle-entry button').all()) await expect(b).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
});

test('the reader orders the bundle from the keyboard; the address and storage follow', async ({ page }) => {
  await page.goto(THREE);
  const up = page.getByRole('button', { name: 'Move s. 371-A PPC up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?p=ptpa-2018\/s3-2,ppc\/s371a,psma-2018\/s6$/);
  // Focus stays with the moved provision's control.
  await expect(page.getByRole('button', { name: 'Move s. 371-A PPC up' })).toBeFocused();
  await expect(page.locator('#bundle-status')).toHaveText('s. 371-A PPC moved up to place 2.');
  await page.getByRole('button', { name: 'Remove s. 6 PSMA 2018 from the bundle' }).click();
  await expect(page).toHaveURL(/\?p=ptpa-2018\/s3-2,ppc\/s371a$/);
  await page.getByRole('button', { name: 'Remove the pinpoint s. 3(2) PTPA 2018' }).click();
  await expect(page).toHaveURL(/\?p=ptpa-2018\/s3,ppc\/s371a$/);
  // Storage keeps it: the bare address shows the same bundle.
  await page.goto('/bundle/');
  await expect(page.locator('#bundle-toc li')).toHaveCount(2);
  await expect(page).toHaveURL(/\?p=ptpa-2018\/s3,ppc\/s371a$/);
});

test('"Add to bundle" on a provision and on a pinpoint', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/psma-2018/s6/');
  await page.getByRole('link', { name: 'Add this section to the bundle' }).click();
  await expect(page.locator('[data-bundle-status]')).toContainText('Open the bundle (1)');
  await page.goto('/ptpa-2018/s3/');
  await page.locator('#s3-2 .cite-ctl').click();
  await page.locator('.cite-toast').getByRole('button', { name: 'Add to bundle' }).click();
  await page.locator('.cite-toast').getByRole('link', { name: /open the bundle \(2\)/ }).click();
  await expect(page).toHaveURL(/\/bundle\/\?p=psma-2018\/s6,ptpa-2018\/s3-2$/);
  await expect(page.locator('.bundle-entry')).toHaveCount(2);
});

test('without storage or script, the add link carries the address: /bundle/?add=…', async ({ page }) => {
  await page.goto('/bundle/?add=ppc/s371a-expl-a');
  await expect(page.locator('#bundle-toc li')).toHaveCount(1);
  await expect(page.locator('#bundle-toc li')).toContainText('pinpoints: s. 371-A, Explanation (a), PPC');
  await expect(page).toHaveURL(/\?p=ppc\/s371a-expl-a$/);
});

test('unknown and over-long addresses give a clear message, never a broken page', async ({ page }) => {
  await page.goto('/bundle/?p=ptpa-2018/s3-2,ppc/s999,not an address');
  const problems = page.locator('#bundle-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('no provision at “ppc/s999”');
  await expect(problems).toContainText('“not an address” is not a provision address');
  await expect(page.locator('#bundle-toc li')).toHaveCount(1);
  await page.goto(`/bundle/?p=${'ptpa-2018/s3,'.repeat(400)}`);
  await expect(problems).toContainText('too long');
  await page.goto('/bundle/?p=');
  await expect(page.locator('#bundle-empty')).toBeVisible();
});

test('the bundle needs no fetch: its provisions are in the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (['fetch', 'xhr'].includes(r.resourceType())) fetched.push(r.url()); });
  await page.goto(THREE);
  await expect(page.locator('.bundle-entry')).toHaveCount(3);
  expect(fetched).toEqual([]);
  // Ids inside the bundle never collide (s3-2 exists in several Acts).
  const dupes = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(dupes).toEqual([]);
});

test.describe('in the downloaded copy (file://, where fetch fails)', () => {
  let copy: { root: string; files: string[] };
  test.beforeAll(() => { copy = unzipCopy(); });
  test.afterAll(() => rmSync(dirname(copy.root), { recursive: true, force: true }));

  test('a provision is added from its page and the bundle is put together from the file system', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // ERR_ABORTED is a load a quick navigation cancelled; a missing file fails as ERR_FILE_NOT_FOUND.
    page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()}`); });
    await page.goto(pathToFileURL(join(copy.root, 'ppc', 's371a', 'index.html')).href);
    await page.getByRole('link', { name: 'Add this section to the bundle' }).click();
    const open = page.locator('[data-bundle-status] a');
    await expect(open).toHaveText('Open the bundle (1)');
    await open.click();
    await expect(page).toHaveURL(/\/bundle\/index\.html\?p=ppc\/s371a$/);
    await expect(page.locator('.bundle-entry')).toHaveCount(1);
    await expect(page.locator('.bundle-entry')).toContainText('twenty-five years');
    await expect(page.locator('.bundle-entry').getByRole('link', { name: 'Open on its own page' })).toHaveAttribute('href', /^\.\.\/ppc\/s371a\/index\.html$/);
    expect(errors).toEqual([]);
  });
});

test('the bundle page has no accessibility violations', async ({ page }) => {
  await page.goto(THREE);
  await expect(page.locator('.bundle-entry')).toHaveCount(3);
  // The header search box is issue 9's widget, checked by a11y.spec.ts; this test is about the bundle.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
