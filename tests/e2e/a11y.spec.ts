// Accessibility: axe-core finds no WCAG 2.2 A/AA violations on each kind of page.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { onePagePerKind } from '../support/page-kinds.ts';

// Pages in a given state, plus one page of every kind in dist/ (so kinds added later are checked).
const states = ['/', '/ptpa-2018/', '/ptpa-2018/s3/', '/ptpa-2018/as-enacted/s3/', '/ptpa-2018/s3/compare/', '/ppc/s371a/', '/blsa-1992-punjab/', '/where/', '/status/', '/search/?q=coercion', '/no-such-page/', '/offences/', '/offences/ptpa-2018-3-2-2025/', '/penalties/', '/finder/?f=child&f=sexual-exploitation', '/compare/offences/', '/ptpa-2018/changes/', '/ppc/changes/', '/bonded-labour/provinces/', '/handouts/', '/handouts/trafficking-in-persons/'];
const pages = [...new Set([...states, ...onePagePerKind()])];

for (const url of pages) {
  test(`no accessibility violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      // label-content-name-mismatch (WCAG 2.5.3, label in name) is experimental in axe, so off unless asked for.
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
}

test('the page works on a phone: no sideways scrolling of the statute', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/ptpa-2018/s3/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
