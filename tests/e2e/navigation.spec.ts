import { test, expect } from '@playwright/test';

test('a pinpoint URL scrolls to its clause and highlights it', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/#s3-3-a-iv');
  const clause = page.locator('#s3-3-a-iv');
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('psychological pressure');
  const bg = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('an unknown address shows the 404 page, which offers search', async ({ page }) => {
  const res = await page.goto('/ptpa-2018/s99/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('coercion');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=coercion/);
});

test('keyboard only: from the home page to a provision', async ({ page }) => {
  await page.goto('/');
  // Tab to the Act's link on the home page, then to section 3 in its contents.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/ptpa-2018/');
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ptpa-2018\/$/);
  found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.startsWith('Open section 3 ') ?? false);
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ptpa-2018\/s3\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 3. Trafficking in persons');
});

test('the enacted text of s. 3 is one click from the current text, and the change is shown', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  await expect(page.locator('[data-version-notice="current"]')).toContainText('This is the current text');
  await page.getByRole('link', { name: 'As enacted, 2018' }).click();
  await expect(page).toHaveURL(/\/ptpa-2018\/as-enacted\/s3\/$/);
  await expect(page.locator('[data-version-notice="earlier"]')).toContainText('not the law in force today');
  await expect(page.locator('#s3-1')).toContainText('commercial sex acts');
  await page.getByRole('link', { name: 'Compare the versions' }).click();
  await expect(page.locator('.diff del').first()).toBeVisible();
  await expect(page.locator('.diff del', { hasText: 'commercial sex acts' })).toHaveCount(1);
  await expect(page.locator('.diff ins', { hasText: 'sexual exploitation' }).first()).toBeVisible();
});

test('the missing line of s. 10(1) is shown as a gap, not filled', async ({ page }) => {
  await page.goto('/ptpa-2018/s10/');
  const gap = page.locator('#s10-1-proviso .gap');
  await expect(gap).toBeVisible();
  await expect(gap).toContainText('Text missing');
});

test('footnote markers link to their notes and back', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  await page.locator('#s3-1 sup.fn a').first().click();
  await expect(page).toHaveURL(/#s3-fn-F1$/);
  await expect(page.locator('#s3-fn-F1')).toContainText('Act No. IX of 2025');
  await page.locator('#s3-fn-F1 a.fn-back').first().click();
  await expect(page).toHaveURL(/#s3-fnref-F1-1$/);
});
