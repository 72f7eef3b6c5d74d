// Relevance of the search page, in Chromium against the built site: every query in
// tests/relevance-queries.json goes through /search/?q=… and the provisions the page offers are
// read in order (the citation answer's links first, then the full-text results). Targets: the
// right provision first for at least 90% of the queries, and in the top three for all of them.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Query { q: string; kind: string; expect: string; alsoAccept?: string[]; why: string }
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'relevance-queries.json'), 'utf8')) as { queries: Query[] };

const FIRST_TARGET = 0.9;

test('search finds the right provision for realistic queries', async ({ page }) => {
  test.setTimeout(Math.max(120_000, queries.length * 4_000));
  const rows: { q: string; kind: string; expect: string; rank: number; got: string[] }[] = [];

  for (const item of queries) {
    await page.goto(`/search/?q=${encodeURIComponent(item.q)}`);
    await page.waitForSelector('#search-form[data-state="done"]', { timeout: 20_000 });
    const urls = await page.$$eval('#citation-answer:not([hidden]) [data-result-url], #search-results [data-result-url]', (els) =>
      els.map((e) => e.getAttribute('data-result-url') ?? ''),
    );
    const ranked = [...new Set(urls)];
    const ok = new Set([item.expect, ...(item.alsoAccept ?? [])]);
    const i = ranked.findIndex((u) => ok.has(u));
    rows.push({ q: item.q, kind: item.kind, expect: item.expect, rank: i < 0 ? Infinity : i + 1, got: ranked.slice(0, 3) });
  }

  const n = rows.length;
  const first = rows.filter((r) => r.rank === 1).length;
  const top3 = rows.filter((r) => r.rank <= 3).length;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  const misses = rows.filter((r) => r.rank !== 1);
  const lines = [
    `Relevance: ${n} queries; right provision first ${first}/${n} (${pct(first)}), in the top three ${top3}/${n} (${pct(top3)}).`,
    ...(misses.length
      ? ['Not first:', ...misses.map((r) => `  [${r.rank === Infinity ? '—' : r.rank}] ${JSON.stringify(r.q)} (${r.kind}) expected ${r.expect}; got ${r.got.join(', ') || 'nothing'}`)]
      : ['Every query found its provision first.']),
  ];
  console.log(lines.join('\n'));
  test.info().annotations.push({ type: 'relevance', description: lines[0] });

  expect(first / n, lines.join('\n')).toBeGreaterThanOrEqual(FIRST_TARGET);
  expect(rows.filter((r) => r.rank > 3).map((r) => r.q), 'queries whose provision is not in the top three').toEqual([]);
});
