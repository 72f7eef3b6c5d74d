// Issue 12: training handouts print on A4 without clipped content; the offences comparison links
// every cell to an existing provision anchor and shows the law in force on a date of offence.
import { test, expect } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';

const HANDOUTS = ['trafficking-in-persons', 'smuggling-of-migrants', 'bonded-labour', 'sexual-exploitation-ppc'];
const pages: Record<string, number> = {};

for (const topic of HANDOUTS) {
  test(`handout ${topic} prints on A4 with nothing clipped`, async ({ page }) => {
    await page.goto(`/handouts/${topic}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-version-notice="handout"]')).toContainText('text current to');
    await expect(page.locator('.checklist li').first()).toBeVisible();
    await expect(page.locator('section.provision').first()).toBeVisible();
    // The editorial prose is marked so, and its GFM table is rendered as a table (remark-gfm).
    await expect(page.locator('.ho-prose .ed-tag')).toContainText('Editorial');
    await expect(page.locator('.ho-prose table th').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // A4 less the page margins (210 mm - 24 mm) at 96 px to the inch.
    const width = Math.floor((186 / 25.4) * 96);
    await page.setViewportSize({ width, height: 1100 });
    const overflow = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const out: string[] = [];
      if (document.documentElement.scrollWidth > vw + 1) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
      for (const el of document.querySelectorAll<HTMLElement>('.handout *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(el).display === 'none') continue;
        if (r.right > vw + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}px`);
        const s = getComputedStyle(el);
        if (['hidden', 'clip', 'auto', 'scroll'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} clips ${el.scrollWidth - el.clientWidth}px`);
      }
      return out.slice(0, 10);
    });
    expect(overflow, 'content wider than an A4 page').toEqual([]);
    // On paper a table cell shows its own words only: no phone-card label runs into them
    // ("Offences. 3(2)").
    const labelled = await page.evaluate(() =>
      [...document.querySelectorAll('main td, main tbody th')]
        .map((el) => getComputedStyle(el, '::before').content)
        .filter((c) => c && c !== 'none' && c !== 'normal' && c !== '""'),
    );
    expect(labelled, 'cells printing a label before their text').toEqual([]);
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(count).toBeGreaterThan(0);
    pages[topic] = count;
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/handout-${topic}.pages.txt`, `${count}\n`);
    console.log(`handout ${topic}: ${count} A4 pages`);
  });
}

test('the handouts index lists every handout', async ({ page }) => {
  await page.goto('/handouts/');
  for (const t of HANDOUTS) await expect(page.locator(`a[href="/handouts/${t}/"]`)).toHaveCount(1);
});

test('every cell of the offences comparison links to a provision anchor that exists', async ({ page, request }) => {
  await page.goto('/compare/offences/');
  const cells = page.locator('[data-offence-table] td[data-cell]');
  const n = await cells.count();
  expect(n).toBeGreaterThanOrEqual(2 * 14 * 4);
  const hrefs = new Set<string>();
  for (let i = 0; i < n; i++) {
    const links = await cells.nth(i).locator('a.cell-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length, `cell ${i} has no link`).toBeGreaterThan(0);
    links.forEach((h) => hrefs.add(h));
  }
  const byPage = new Map<string, Set<string>>();
  for (const h of hrefs) {
    const [path, id] = h.split('#');
    expect(id, h).toBeTruthy();
    byPage.set(path, new Set([...(byPage.get(path) ?? []), id]));
  }
  for (const [path, ids] of byPage) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    for (const id of ids) expect(html.includes(`id="${id}"`), `${path}#${id}`).toBe(true);
  }
});

test('the comparison quotes the consent lines and marks editorial readings', async ({ page }) => {
  await page.goto('/compare/offences/');
  const consentNow = page.locator('#t-now tr[data-row="consent"] td').first();
  await expect(consentNow).toContainText('consent');
  await expect(consentNow.locator('a.cell-link').first()).toHaveAttribute('href', '/ptpa-2018/s3/#s3-4');
  await expect(page.locator('#t-now tr[data-row="act"] th .ed-badge')).toHaveText(/Editorial/);
  // The 2018 text had no s. 3(4): the earlier table says so instead of quoting the 2025 words.
  await expect(page.locator('#t-before tr[data-row="consent"] td').first()).toContainText('no such line');
  await expect(page.locator('#t-before tr[data-row="penalty"] td').first()).toContainText('seven years');
  await expect(page.locator('#t-now tr[data-row="penalty"] td').first()).toContainText('ten years');
});

test('a date of offence picks the law then; between the dates both texts stand with a warning; no JavaScript shows both', async ({ page, browser }) => {
  await page.goto('/compare/offences/?date=2024-06-01');
  await expect(page.locator('[data-period="before"]')).toBeVisible();
  await expect(page.locator('[data-period="now"]')).toBeHidden();
  await expect(page.locator('[data-date-result]')).toContainText('PTPA: governed by the text As enacted, 2018');
  await page.goto('/compare/offences/?date=2025-06-01');
  await expect(page.locator('[data-period="now"]')).toBeVisible();
  await expect(page.locator('[data-period="before"]')).toBeHidden();
  await page.goto('/compare/offences/?date=2025-03-10');
  await expect(page.locator('[data-period="now"]')).toBeVisible();
  await expect(page.locator('[data-period="before"]')).toBeVisible();
  await expect(page.locator('[data-date-result]')).toContainText('not confirmed');
  // The form is a plain GET form.
  await page.fill('#offence-date', '2019-01-15');
  await page.click('[data-date-form] button');
  await expect(page).toHaveURL(/\?date=2019-01-15$/);
  await expect(page.locator('[data-period="now"]')).toBeHidden();
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await ctx.newPage();
  await p2.goto('/compare/offences/?date=2024-06-01');
  await expect(p2.locator('[data-period="now"]')).toBeVisible();
  await expect(p2.locator('[data-period="before"]')).toBeVisible();
  await expect(p2.locator('a[href="#law-before"]')).toBeVisible();
  await ctx.close();
});
