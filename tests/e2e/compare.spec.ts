// Issue 12: what changed, Act by Act; the compare page in statute layout.
import { test, expect } from '@playwright/test';

test('/ptpa-2018/changes/ lists ss. 2, 3, 4, 6, 9 and 10 as amended, each linked to its compare page', async ({ page }) => {
  await page.goto('/ptpa-2018/changes/');
  const items = page.locator('[data-changed-sections] li');
  await expect(items).toHaveCount(6);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual(['2', '3', '4', '6', '9', '10']);
  for (const n of ['2', '3', '4', '6', '9', '10']) {
    const href = await page.locator(`[data-changed-sections] li[data-section="${n}"] [data-compare-link]`).getAttribute('href');
    expect(href).toBe(`/ptpa-2018/s${n}/compare/`);
    const res = await page.request.get(href!);
    expect(res.status(), href!).toBe(200);
  }
  // Each change carries a one-line summary marked editorial.
  await expect(page.locator('#chg-3 .editorial .ed-tag')).toHaveText(/Editorial/);
  // Clause layout: (3)(a)(i) sits deeper than (3)(a), which sits deeper than (3).
  const left = (id: string) => page.locator(`#chg-3 [data-line="${id}"]`).evaluate((el) => el.getBoundingClientRect().left);
  expect(await left('s3-3-a')).toBeGreaterThan(await left('s3-3'));
  expect(await left('s3-3-a-i')).toBeGreaterThan(await left('s3-3-a'));
  // The spelling-only change in s. 3(3)(a) is labelled as such; a change of wording is not.
  await expect(page.locator('#chg-3 [data-line="s3-3-a"] .chg-spelling')).toContainText('spelling only');
  await expect(page.locator('#chg-3 [data-line="s3-1"] .chg-spelling')).toHaveCount(0);
});

test('the Act page links to what changed and marks amended sections in its contents', async ({ page }) => {
  await page.goto('/ptpa-2018/');
  await expect(page.locator('[data-changes-link] a')).toHaveAttribute('href', '/ptpa-2018/changes/');
  const marked = await page.locator('.toc li:has([data-amended]) a:first-child').allTextContents();
  expect(marked.map((t) => t.split('.')[0])).toEqual(['2', '3', '4', '6', '9', '10']);
  await page.goto('/psma-2018/');
  await expect(page.locator('.toc [data-amended]')).toHaveCount(5);
});

test('the compare page shows statute layout, labels spelling-only changes and separates its sentences', async ({ page }) => {
  await page.goto('/ptpa-2018/s3/compare/');
  const notice = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  expect(notice).not.toMatch(/[a-z]\.[A-Z]/); // "word by word.Struck-through"
  const left = (id: string) => page.locator(`[data-diff] [data-line="${id}"]`).evaluate((el) => el.getBoundingClientRect().left);
  expect(await left('s3-3-a-i')).toBeGreaterThan(await left('s3-3-a'));
  expect(await left('s3-3-a')).toBeGreaterThan(await left('s3-3'));
  await expect(page.locator('[data-line="s3-3-a"] .chg-spelling')).toContainText('spelling only');
  await expect(page.locator('[data-change-count]')).toContainText('1 is spelling only');
  // s. 15 differs only by a capital letter: the whole change is labelled.
  await page.goto('/ptpa-2018/s15/compare/');
  await expect(page.locator('[data-change-count]')).toContainText('wording is otherwise the same');
});

test('the Penal Code and the Punjab Act have a timeline of amendments linked to the lines', async ({ page }) => {
  for (const [url, law] of [['/ppc/changes/', 'Act VI of 2006'], ['/blsa-1992-punjab/changes/', 'XXIV of 2012']]) {
    await page.goto(url);
    const rows = page.locator('[data-timeline] tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    await expect(page.locator('[data-timeline] tbody')).toContainText(law);
    const href = await rows.first().locator('td[data-label="Where"] a').getAttribute('href');
    const [path, id] = href!.split('#');
    await page.goto(path);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});

test('the provinces page marks the Punjab s. 1(2) difference, ties it to its footnote, and marks the Sindh column partial', async ({ page }) => {
  await page.goto('/bonded-labour/provinces/');
  const line = page.locator('#prov-s1 [data-column="punjab"] [data-line="s1-2"]');
  await expect(line.locator('ins')).toContainText('the Punjab');
  await expect(line.locator('del')).toContainText('Pakistan');
  const fn = line.locator('a.chg-fn[data-fn="P2"]');
  await expect(fn).toHaveCount(1);
  // The legend explains the marks in words, for screen readers too.
  await expect(page.locator('.diff-legend')).toContainText('federal text only');
  // Sindh: a third column, marked partial, with the sections the copy has and a plain note elsewhere.
  await expect(page.locator('#prov-s1 [data-column="sindh"][data-partial="true"] .partial-tag')).toHaveText('Partial');
  await expect(page.locator('#prov-s1 [data-column="sindh"] [data-line="s1-2"] ins', { hasText: 'Province of Sindh' })).toHaveCount(1);
  await expect(page.locator('#prov-s11 [data-column="sindh"] [data-not-held]')).toBeVisible();
  // KP, Balochistan and GB: what is known, with its source.
  for (const id of ['khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan']) await expect(page.locator(`[data-jurisdiction="${id}"]`)).toContainText('Source');
  // Each Punjab footnote is numbered once, by its own number ("2."), never "1. 2." on paper.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.prov-fns').first().evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  // The footnote link lands on the footnote.
  const href = await fn.getAttribute('href');
  await page.goto(href!);
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toContainText('Substituted for the word “Pakistan”');
});

test('no sentences run together in the words the library writes on the new pages ("word by word.Struck-through")', async ({ page }) => {
  for (const url of ['/ptpa-2018/s3/compare/', '/ptpa-2018/changes/', '/ppc/changes/', '/bonded-labour/provinces/', '/compare/offences/', '/handouts/trafficking-in-persons/', '/handouts/']) {
    await page.goto(url);
    const text = await page.evaluate(() => {
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      // Statute words and quoted footnotes stand as printed ("s.16(3)", "3,4,5"): only the library's own words are checked.
      main.querySelectorAll('.statute, .footnotes, .q, .dl, .it-quote, td[data-label="Footnote, as printed"], .prov-fns, .ho-changes, [data-label="Punishment"]').forEach((el) => el.remove());
      document.body.appendChild(main);
      const t = main.innerText;
      main.remove();
      return t;
    });
    const runTogether = text.match(/[a-z]{2}[.;:][A-Z][a-z]+|[a-z]{2};[a-z]{2}/g) ?? [];
    expect(runTogether, url).toEqual([]);
  }
});

test('on a 360 px phone the new pages fit the screen; the offences table reflows to cards labelled by law', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const url of ['/compare/offences/', '/bonded-labour/provinces/', '/ptpa-2018/changes/', '/ppc/changes/', '/handouts/bonded-labour/']) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
  }
  await page.goto('/compare/offences/');
  const cell = page.locator('#t-now tr[data-row="penalty"] td').first();
  expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Trafficking in persons"');
});
