// The header's search box on any page: results over the page without a page load, Pagefind
// loaded when the box gets focus, keyboard and screen-reader use, Enter opens /search/?q=….
import { test, expect } from '@playwright/test';

test('results appear over the page as the reader types, with no page load', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/pagefind.js')) pagefindRequests.push(r.url()); });
  await page.goto('/ppc/s371a/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'Pagefind is not loaded before the box is used').toEqual([]);
  const box = page.locator('#site-q');
  await box.focus();
  await expect.poll(() => pagefindRequests.length, { message: 'Pagefind loads when the box gets focus' }).toBeGreaterThan(0);
  await box.pressSequentially('agwa');
  const panel = page.locator('#hs-panel');
  await expect(panel).toBeVisible();
  await expect(box).toHaveAttribute('aria-controls', 'hs-panel');
  await expect(box).not.toHaveAttribute('aria-expanded', /.*/);
  await expect(page.locator('#hs-results > li').first()).toHaveAttribute('data-result-url', '/ppc/s359/');
  await expect(page.locator('#hs-status')).toContainText('Kidnapping');
  await expect(page).toHaveURL(/\/ppc\/s371a\/$/);
  // A citation is answered with the line's link.
  await box.fill('s.10(1) proviso PTPA');
  await expect(page.locator('#hs-cite a.go')).toHaveAttribute('href', '/ptpa-2018/s10/#s10-1-proviso');
});

test('keyboard: Tab from the box goes into the open results, not past them to the page underneath', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  const box = page.locator('#site-q');
  await box.focus();
  await box.pressSequentially('bonded labour');
  // The results of the whole query, not of "bonded" redrawn under the focus.
  await expect(page.locator('form.site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#hs-results > li').first()).toBeVisible();
  await box.press('Tab');
  await expect(page.locator('#hs-panel a').first()).toBeFocused();
  await expect(page.locator('#hs-panel')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('#hs-panel a').nth(1)).toBeFocused();
});

test('keyboard: arrows move through the results, Escape closes and returns to the box, Enter opens the search page', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  const box = page.locator('#site-q');
  await box.focus();
  await box.pressSequentially('bonded labour');
  await expect(page.locator('form.site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#hs-results > li').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.locator('#hs-panel a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#hs-panel a').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#hs-panel')).toBeHidden();
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=bonded\+labour$/);
  await page.waitForSelector('#search-form[data-state="done"]');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('what the reader typed goes into the panel as text, never as HTML', async ({ page }) => {
  await page.goto('/');
  const evil = '<img src=x onerror=alert(1)>';
  await page.locator('#site-q').fill(evil);
  await expect(page.locator('#hs-panel')).toBeVisible();
  await expect(page.locator('form.site-search')).toHaveAttribute('data-state', 'done');
  expect(await page.locator('#hs-panel img, [onerror]').count()).toBe(0);
});

test('?highlight= marks whole words only', async ({ page }) => {
  // s. 365 PPC: "…secretly and wrongfully to confine person…"; the word "fine" must not be marked in "confine".
  await page.goto('/ppc/s365/?highlight=fine&highlight=confine');
  await expect(page.locator('.statute mark.search-hit').first()).toBeVisible();
  const marked = await page.locator('.statute mark.search-hit').allInnerTexts();
  expect(marked.length).toBeGreaterThan(0);
  for (const m of marked) expect(m.toLowerCase()).toMatch(/^(fine|confine|confined)$/);
  expect(marked.map((m) => m.toLowerCase())).not.toContain('fine'.slice(0, 0) + 'fined');
  await page.goto('/ppc/s365/?highlight=fine');
  const onlyFine = await page.locator('.statute mark.search-hit').allInnerTexts();
  for (const m of onlyFine) expect(m.toLowerCase()).toBe('fine');
});
