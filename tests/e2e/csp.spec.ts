// The site under its strict Content Security Policy, sent as a header by the server (scripts/serve.ts)
// and as a meta tag: one page of every kind (read from dist/, so new kinds are covered) raises no
// violation, and the features that scripts provide still work.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { onePagePerKind } from '../support/page-kinds.ts';
import { CSP_HEADER } from '../../src/lib/security/csp.ts';

/** Collects every CSP violation the page reports, through the DOM event and the console. */
async function watchViolations(context: BrowserContext | Page) {
  const found: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
  const listen = (page: Page) => page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) found.push(`${page.url()}: ${m.text()}`);
  });
  if ('pages' in context) { context.pages().forEach(listen); context.on('page', listen); } else listen(context);
  return found;
}

test('every kind of page loads under the policy header without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const kinds = onePagePerKind();
  expect(kinds.length).toBeGreaterThan(10);
  for (const url of kinds) {
    const res = await page.goto(url, { waitUntil: 'load' });
    expect(res?.headers()['content-security-policy'], url).toBe(CSP_HEADER);
    // Sub-clauses keep their indentation without style attributes.
    if (await page.locator('.l.d1').count()) {
      const indent = await page.locator('.l.d1').first().evaluate((el) => parseFloat(getComputedStyle(el).marginLeft));
      expect(indent, url).toBeGreaterThan(10);
    }
  }
  expect(violations).toEqual([]);
});

test.describe('features under the policy', () => {
  let violations: string[];
  test.beforeEach(async ({ page }) => { violations = await watchViolations(page); });
  test.afterEach(() => expect(violations).toEqual([]));

  test('search (Pagefind and its WebAssembly) lists results', async ({ page }) => {
    await page.goto('/search/?q=coercion');
    await expect(page.locator('#search-results > li').first()).toBeVisible({ timeout: 20_000 });
  });

  test('the finder ranks provisions for the facts ticked', async ({ page }) => {
    await page.goto('/finder/');
    // A victim's age alone offers nothing (it meets no distinguishing element); a purpose does.
    await page.locator('input[type="checkbox"][name="f"][value="child"]').check();
    await page.locator('input[type="checkbox"][name="f"][value="sexual-exploitation"]').check();
    await expect(page).toHaveURL(/f=child/);
    await expect(page.locator('#finder-results tr[data-result]').first()).toBeVisible();
  });

  test('copy buttons copy the citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/ptpa-2018/s3/');
    const button = page.locator('button.copy').first();
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await button.getAttribute('data-copy'));
  });

  test('a defined term shows its tooltip', async ({ page }) => {
    await page.goto('/ptpa-2018/s3/');
    await page.locator('#s3-1 a.term').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
  });

  test('search words are highlighted on the page a result opens', async ({ page }) => {
    await page.goto('/ptpa-2018/s3/?highlight=coercion');
    await expect(page.locator('mark.search-hit').first()).toHaveText(/coercion/i);
  });

  test('the penalty table sorts', async ({ page }) => {
    await page.goto('/penalties/');
    await page.getByRole('button', { name: 'Maximum term' }).click();
    await expect(page.locator('#penalty-table thead th[aria-sort="descending"]')).toHaveText(/Maximum term/);
  });

  test('"/" focuses the search box', async ({ page }) => {
    await page.goto('/ppc/s371a/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-q')).toBeFocused();
  });
});

test.describe('service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('registers under the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
    expect(violations).toEqual([]);
  });
});
