// What reads as noise in the "Listed under: …" lines of a list of search results (issue 13), for
// the site's search and the downloaded copy's: a term named twice on one line ("Kidnapping;
// kidnap; kidnapped"), a term the card's title or quoted text already says ("Kidnapping" under
// "Section 359. Kidnapping"), a term the card just above named (the federal and the Punjab text of
// a section), and a glossary note that repeats its term ("Glossary: Child (child)"). A crude word
// match of its own, kept apart from src/lib/listed-under.ts so the test does not grade itself.
import type { Page } from '@playwright/test';

export interface Card { url: string; title: string; excerpt: string; notes: string[] }

const LITTLE = new Set('a an the of in to for or and by on with from as is it its his her him their that which who any under got case'.split(' '));
const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => !LITTLE.has(w))
  .map((w) => ({ children: 'child', women: 'woman' })[w] ?? w).map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s|er)$/, '') : w)).map((w) => w.slice(0, 6)));
const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

/** The cards of the results list as the reader sees them: title, quoted words and the notes shown. */
export function readCards(page: Page, list = '#search-results'): Promise<Card[]> {
  return page.locator(`${list} > li`).evaluateAll((lis) => lis.map((li) => ({
    url: li.getAttribute('data-result-url') ?? '',
    title: li.querySelector('.result-title')?.textContent ?? '',
    excerpt: li.querySelector('.excerpt')?.textContent ?? '',
    notes: [...li.querySelectorAll<HTMLElement>('.subject-match')].filter((p) => p.checkVisibility()).map((p) => p.innerText.trim()),
  })));
}

/** Each piece of noise found, named by card. */
export function listedNoise(cards: Card[]): string[] {
  const out: string[] = [];
  let above: string[] = [];
  for (const c of cards) {
    const listed = c.notes.find((n) => n.startsWith('Listed under:'));
    const phrases = listed ? listed.replace(/^Listed under:\s*/, '').split(/;\s*/) : [];
    if (listed && !phrases.filter(Boolean).length) out.push(`${c.url}: an empty "Listed under"`);
    const shown = words(`${c.title} ${c.excerpt}`);
    phrases.forEach((p, i) => {
      const w = words(p);
      if (within(w, shown)) out.push(`${c.url}: "${p}" is in the card's title or quoted text`);
      const twin = phrases.find((q, j) => j !== i && within(w, words(q)) && (j < i || !within(words(q), w)));
      if (twin) out.push(`${c.url}: "${p}" says again "${twin}"`);
      const before = above.find((q) => within(w, words(q)));
      if (before) out.push(`${c.url}: "${p}" repeats the card above ("${before}")`);
    });
    for (const n of c.notes) {
      const m = /^Glossary: (.*) \((.*)\)$/.exec(n);
      if (m && within(words(m[2]), words(m[1]))) out.push(`${c.url}: "${n}" names the term twice`);
    }
    above = phrases;
  }
  return out;
}
