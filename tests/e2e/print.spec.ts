// Judges print whole Acts: on paper the statute, its notices and footnotes remain; navigation goes.
import { test, expect } from '@playwright/test';

test('printing an Act keeps the text, the version notice and the gaps, and drops the navigation', async ({ page }) => {
  await page.goto('/ptpa-2018/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.pin').first()).toBeHidden();
  // The version prints as one line above the text (the screen's notice gives way to it).
  await expect(page.locator('[data-print-line]')).toContainText('Current text: As amended by Act No. IX of 2025 (current); text current to 23 April 2025');
  await expect(page.locator('#s3-2')).toBeVisible();
  await expect(page.locator('#s10-1-proviso .gap')).toBeVisible();
  await expect(page.locator('#s3-fn-F1')).toBeVisible();
  // The metadata prints in full (after the text), even though it is collapsed on screen.
  await expect(page.locator('#print-about-text dl')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('reading needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ppc/s371a/');
  await expect(page.locator('h1')).toContainText('Selling person for purposes of prostitution');
  await expect(page.locator('#s371a-text-1')).toContainText('twenty-five years');
  await context.close();
});

test('no request leaves the site origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  for (const url of ['/', '/ptpa-2018/', '/ppc/s371a/', '/search/?q=coercion']) await page.goto(url, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});
