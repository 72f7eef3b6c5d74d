// The glossary page (/glossary/): a table of terms with their Urdu set right to left, searchable,
// each term linked to its provisions; a plain table without JavaScript.
import { test, expect } from '@playwright/test';

test('the glossary: Urdu right to left in a system font, each term linked to its provisions', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('h1')).toHaveText('Glossary');
  await expect(page.locator('main')).toContainText('not statute text');
  const row = page.locator('#term-kidnapping-for-ransom');
  const urdu = row.locator('[lang="ur"]');
  await expect(urdu).toHaveAttribute('dir', 'rtl');
  await expect(urdu).toContainText('اغوا برائے تاوان');
  expect(await urdu.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/Nastaliq|Naskh/);
  await expect(row.locator('a[href="/ppc/s365a/"]')).toHaveText('s. 365-A PPC');
  // No web font is loaded.
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBe(0);
});

test('a provision no longer in force is listed with its status; citations never break across lines; told facts are not shown as what the law covers', async ({ page }) => {
  await page.goto('/glossary/');
  // Every link whose provision page says it is omitted or repealed carries that status beside it.
  const links = page.locator('#glossary-table .refs li');
  const n = await links.count();
  const unmarked: string[] = [];
  for (const href of new Set(await links.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))) {
    const r = await page.request.get(href);
    const omitted = /class="provision status-(omitted|repealed)"/.test(await r.text());
    if (omitted) for (const li of await links.filter({ has: page.locator(`a[href="${href}"]`) }).all()) if (!/not in force/.test(await li.innerText())) unmarked.push(href);
  }
  expect(n).toBeGreaterThan(50);
  expect(unmarked).toEqual([]);
  await expect(page.locator('#term-trafficking-in-persons .refs li', { hasText: 's. 369-A PPC' })).toContainText('not in force');
  expect(await page.locator('#glossary-table .refs a').first().evaluate((a) => getComputedStyle(a).whiteSpace)).toBe('nowrap');
  // The glossary's told facts are search words only.
  await expect(page.locator('#term-kidnapping-for-ransom')).not.toContainText('picked up a person');
  await expect(page.locator('main')).toContainText('so aghwa');
});

test('the filter box narrows the rows by English, Urdu or Roman Urdu, and keeps its count', async ({ page }) => {
  await page.goto('/glossary/');
  const box = page.locator('#glossary-q');
  await box.fill('aghwah');
  await expect(page.locator('#term-kidnapping')).toBeVisible();
  await expect(page.locator('#term-rape')).toBeHidden();
  await box.fill('زنا بالجبر');
  await expect(page.locator('#term-rape')).toBeVisible();
  await expect(page.locator('#term-kidnapping')).toBeHidden();
  await expect(page.locator('#term-gang-rape')).toBeVisible();
  await expect(page.locator('#glossary-count')).toContainText(/^2 of \d+ terms$/);
  await box.fill('');
  await expect(page.locator('#term-kidnapping')).toBeVisible();
});

test('the filter lists best hits first: a term named or spelt as typed, then one beginning with it, a description-only match last; empty, the table’s own order', async ({ page }) => {
  await page.goto('/glossary/');
  const own = await page.locator('#glossary-table tbody tr').evaluateAll((trs) => trs.map((t) => t.id));
  const box = page.locator('#glossary-q');
  const shown = () => page.locator('#glossary-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => t.id));
  // "fine" is in the descriptions of several terms alphabetically before "Punishment", whose Roman Urdu is "jurmana"/English "fine".
  for (const [q, first] of [['fine', 'term-punishment'], ['rape', 'term-rape'], ['child', 'term-child'], ['aghwa', 'term-kidnapping'], ['اغوا', 'term-kidnapping'], ['zina bil jabr', 'term-rape']] as const) {
    await box.fill(q);
    await expect.poll(async () => (await shown())[0], q).toBe(first);
  }
  // Every row whose names hold the word comes before every row that has it only in its description.
  await box.fill('rape');
  const order = await page.locator('#glossary-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => ({
    id: t.id, named: /\brape/i.test([t.querySelector('th')!.textContent, t.querySelector('td[data-label="Roman Urdu"]')!.textContent].join(' ')),
  })));
  const lastNamed = order.map((o) => o.named).lastIndexOf(true);
  const firstOther = order.findIndex((o) => !o.named);
  expect(firstOther === -1 || lastNamed < firstOther, JSON.stringify(order)).toBe(true);
  await box.fill('');
  expect(await page.locator('#glossary-table tbody tr').evaluateAll((trs) => trs.map((t) => t.id))).toEqual(own);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a plain table, every row shown, the filter box hidden', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.locator('#glossary-filter')).toBeHidden();
    const rows = await page.locator('#glossary-table tbody tr').count();
    expect(rows).toBeGreaterThan(40);
    await expect(page.locator('#term-kidnapping')).toBeVisible();
  });
});
