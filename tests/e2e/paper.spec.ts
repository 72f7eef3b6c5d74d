// On A4 paper: the law, its record and the citation; no navigation, buttons or version switches;
// tables that fit the page; each page headed by the citation, version and "text current to" date.
import { test, expect, type Page } from '@playwright/test';

/** Pages in a PDF (each page object is "/Type /Page"; the tree's root is "/Type /Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
// A4 less the print stylesheet's margins, in CSS pixels (96 per inch): portrait 182 mm, landscape 273 mm.
const PORTRAIT_WIDTH = Math.floor((182 / 25.4) * 96);

async function printView(page: Page, width = PORTRAIT_WIDTH) {
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: 'print' });
}

test('the penalty table, every offence included, prints on at most 4 A4 pages with headed, unclipped columns', async ({ page }) => {
  await page.goto('/penalties/');
  // All offences: the current law and the earlier (2018) law.
  await page.getByLabel('Current law only').uncheck();
  const rows = await page.locator('#penalty-table tbody tr:not([hidden])').count();
  expect(rows).toBe(await page.locator('#penalty-table tbody tr').count());
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBeLessThanOrEqual(4);
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);

  // Even on a portrait page (a browser that ignores the landscape page), headings print as
  // text and no cell is cut off.
  await printView(page);
  const heads = await page.locator('#penalty-table thead th').evaluateAll((ths) => ths.map((th) => ({
    // What prints: the heading's text, or the label drawn in place of its sort button.
    text: ((th as HTMLElement).innerText.trim() || getComputedStyle(th, '::before').content.replace(/^"|"$/g, '').replace(/^none$/, '')).trim(),
    visible: (th as HTMLElement).checkVisibility(),
  })));
  expect(heads.length).toBeGreaterThanOrEqual(8);
  for (const h of heads) { expect(h.visible).toBe(true); expect(h.text.length, JSON.stringify(heads)).toBeGreaterThan(2); }
  const bad = await page.locator('#penalty-table th, #penalty-table td').evaluateAll((cells, width) => cells.filter((c) => {
    const r = c.getBoundingClientRect();
    return r.right > width + 0.5 || c.scrollWidth > c.clientWidth + 1;
  }).map((c) => (c as HTMLElement).innerText.slice(0, 40)), PORTRAIT_WIDTH);
  expect(bad).toEqual([]);
  expect(await page.locator('#penalty-table tbody tr').first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
  // Filters and buttons do not print.
  await expect(page.locator('#pt-filters')).toBeHidden();
  await expect(page.locator('button[data-print]')).toBeHidden();
});

test('a provision prints its text, footnotes, citation and record; no navigation, buttons or version switches', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/');
  expect(await page.locator('html').getAttribute('data-print-head')).toBe('s. 3 PTPA 2018 (Trafficking in persons) · As amended by Act No. IX of 2025 (current) · text current to 23 April 2025');
  await printView(page);
  for (const sel of ['.site-header', '.crumbs', '.pager', '.vline-links', '.cite-ctl', 'button', '.cite-prefs', '.site-footer']) {
    for (const el of await page.locator(sel).all()) await expect(el, sel).toBeHidden();
  }
  await expect(page.locator('#s3-2')).toBeVisible();
  await expect(page.locator('#s3-fn-F1')).toBeVisible();
  await expect(page.locator('[data-version-notice]')).toContainText('text current to 2025-04-23');
  await expect(page.locator('.cite-box code[data-form="short"]')).toBeVisible();
  // "About this text" prints with its content, not as an empty heading.
  await expect(page.locator('#about-text dl')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeLessThanOrEqual(4);
});

test('a whole Act prints one line of version and source above the text, the rest after it; gaps and footnotes print', async ({ page }) => {
  await page.goto('/ptpa-2018/');
  await printView(page);
  const line = page.locator('[data-print-line]');
  await expect(line).toBeVisible();
  await expect(line).toContainText('text current to 23 April 2025. Source: Pakistan Code');
  await expect(page.locator('#about-text')).toBeHidden();
  await expect(page.locator('[data-version-notice]')).toBeHidden();
  await expect(page.locator('.versions')).toBeHidden();
  const about = page.locator('#print-about-text');
  await expect(about).toBeVisible();
  await expect(page.locator('#print-outstanding')).toBeVisible();
  const [lineBottom, textTop, lastTextBottom, aboutTop] = await page.evaluate(() => [
    document.querySelector('[data-print-line]')!.getBoundingClientRect().bottom,
    document.querySelector('.act-text')!.getBoundingClientRect().top,
    document.querySelector('.act-text')!.getBoundingClientRect().bottom,
    document.querySelector('#print-about-text')!.getBoundingClientRect().top,
  ]);
  expect(lineBottom).toBeLessThanOrEqual(textTop);
  expect(aboutTop).toBeGreaterThanOrEqual(lastTextBottom);
  // Nothing but the title, that line and the contents stand before the text.
  expect(textTop).toBeLessThan(1000);
  await expect(page.locator('#s10-1-proviso .gap')).toBeVisible();
  await expect(page.locator('#s3-fn-F1')).toBeVisible();
});

test('a Print button on provision, Act, offence, penalty and finder pages prints the page', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  for (const url of ['/ptpa-2018/s3/', '/ptpa-2018/', '/offences/ptpa-2018-3-2-2025/', '/penalties/', '/finder/?f=child']) {
    await page.goto(url);
    const b = page.locator('button[data-print]');
    await expect(b, url).toBeVisible();
    await b.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed), url).toBe(1);
  }
});

// Footnotes on paper: each number prints once (no list number beside the note's own), and the
// "↩" back-links, which lead nowhere on paper, do not print. Every built page with footnotes.
test('on paper every footnote number prints once and no "↩" back-link prints', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { allPageUrls } = await import('../support/page-kinds.ts');
  const { DIST } = await import('../support/site.ts');
  const file = (u: string) => join(DIST, u.endsWith('/') ? `${u}index.html` : u);
  const urls = allPageUrls().filter((u) => /class="(fn-num|fn-back|fn)"|class="footnotes/.test(readFileSync(file(u), 'utf8')));
  expect(urls.length).toBeGreaterThan(40);
  // The bundle page keeps its texts in templates until a reader chooses them: choose some with footnotes.
  urls.push('/bundle/?p=ppc/s364a,ptpa-2018/s3,blsa-1992-punjab/s2');
  await printView(page);
  const faults: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    if (url.startsWith('/bundle/?')) await expect(page.locator('.bundle-entry sup.fn').first()).toBeAttached();
    faults.push(...await page.evaluate((u) => {
      const out: string[] = [];
      const shown = (el: Element) => (el as HTMLElement).checkVisibility({ checkVisibilityCSS: true });
      for (const el of document.querySelectorAll('main *')) {
        if (!shown(el)) continue;
        for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent!.includes('↩')) out.push(`${u}: "↩" prints (${el.className || el.tagName})`);
      }
      for (const li of document.querySelectorAll('main li:has(> .fn-num)')) {
        if (!shown(li)) continue;
        const list = li.parentElement!;
        const marker = getComputedStyle(li).display === 'list-item' && getComputedStyle(list).listStyleType !== 'none';
        if (marker) out.push(`${u}: ${li.id || li.textContent!.slice(0, 30)} prints a list number beside its own (${getComputedStyle(list).listStyleType})`);
      }
      for (const sup of document.querySelectorAll('main sup.fn')) {
        if (!shown(sup)) continue;
        const a = sup.querySelector('a')!;
        const own = a.textContent!.trim();
        const drawn = getComputedStyle(a, '::after').content.replace(/^"|"$/g, '').replace(/^none$|^normal$/, '');
        if (own && drawn) out.push(`${u}: marker ${own} prints twice`);
        if (!own && !drawn) out.push(`${u}: a footnote marker prints no number`);
      }
      return out;
    }, url));
  }
  expect(faults).toEqual([]);
});
