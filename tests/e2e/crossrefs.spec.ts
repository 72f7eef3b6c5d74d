import { test, expect } from '@playwright/test';

test('a cross-reference in PTPA s. 5 reaches the section it names', async ({ page }) => {
  await page.goto('/ptpa-2018/s5/');
  const link = page.locator('#s5-1 a.xref', { hasText: 'section 4' });
  await expect(link).toHaveAttribute('href', '/ptpa-2018/s4/');
  await link.click();
  await expect(page).toHaveURL(/\/ptpa-2018\/s4\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aggravating circumstances');
  // A reference outside the library is marked, not linked to nowhere.
  await page.goto('/ptpa-2018/s5/');
  const outside = page.locator('#s5-1 .xref-out', { hasText: 'Chapter V of the Penal Code' });
  await expect(outside).toHaveAttribute('title', /Outside this library/);
  // Keyboard users reach the same explanation.
  await outside.focus();
  await expect(page.getByRole('tooltip')).toContainText('Outside this library');
});

test('a defined term previews its definition on focus and links to it', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  const term = page.locator('#s3-1 a.term').first();
  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/\b(means|includes)\b/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  const href = await term.getAttribute('href');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, (c) => `\\${c}`)}$`));
});

test('the earlier text links within the earlier text', async ({ page }) => {
  await page.goto('/ptpa-2018/as-enacted/s5/');
  await expect(page.locator('#s5-1 a.xref', { hasText: 'section 3' })).toHaveAttribute('href', '/ptpa-2018/as-enacted/s3/');
});
