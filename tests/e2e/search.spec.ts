// The search page in Chromium against the built site (src/pages/search.astro, src/scripts/search.ts).
import { test, expect, type Page } from '@playwright/test';
import { readCards, listedNoise } from '../support/listed-noise.ts';

const done = (page: Page) => page.waitForSelector('#search-form[data-state="done"]', { timeout: 20_000 });
const resultUrls = (page: Page) => page.$$eval('#search-results > li[data-result-url]', (els) => els.map((e) => e.getAttribute('data-result-url')));

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await done(page);
}

test('"coercion" lands on s. 3 PTPA first, with the word marked and the clause linked', async ({ page }) => {
  await search(page, 'coercion');
  const first = page.locator('#search-results > li').first();
  await expect(first).toHaveAttribute('data-result-url', '/ptpa-2018/s3/');
  await expect(first.locator('.result-title a')).toHaveAttribute('href', '/ptpa-2018/s3/?highlight=coercion');
  await expect(first.locator('.cite')).toContainText('s. 3 PTPA 2018');
  await expect(first.locator('.excerpt mark').first()).toHaveText(/coercion/i);
  // The definition of coercion is s. 3(3)(a): its pinpoint is offered as a sub-result.
  const pin = first.locator('a[data-pin][href="/ptpa-2018/s3/?highlight=coercion#s3-3-a"]');
  await expect(pin).toHaveText('s. 3(3)(a)');
  await pin.click();
  await expect(page).toHaveURL(/\/ptpa-2018\/s3\/\?highlight=coercion#s3-3-a$/);
  await expect(page.locator('#s3-3-a')).toContainText('“coercion” means');
  // The word searched for is marked on the page the result opens.
  await expect(page.locator('#s3-3-a mark.search-hit').first()).toHaveText(/coercion/i);
});

test('what the reader typed is shown as text, never run as HTML', async ({ page }) => {
  const evil = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto('/search/');
  await page.locator('#q').fill(evil);
  await page.locator('#search-form button[type=submit]').click();
  await done(page);
  await expect(page.locator('#q')).toHaveValue(evil);
  expect(new URL(page.url()).searchParams.get('q')).toBe(evil);
  await expect(page.locator('#search-for')).toHaveText(`Results for “${evil}”`);
  await expect(page.locator('#search-empty-h')).toContainText(evil);
  expect(await page.locator('main img').count()).toBe(0);
  // Loaded straight from a shared link too.
  await page.goto(`/search/?q=${encodeURIComponent(evil)}&act=${encodeURIComponent('"><script>alert(2)</script>')}`);
  await done(page);
  await expect(page.locator('#q')).toHaveValue(evil);
  await expect(page).toHaveTitle(`Search: ${evil} · Pakistan Anti-Trafficking Law Library`);
  await expect(page.locator('#search-for')).toHaveText(`Results for “${evil}”`);
  expect(await page.locator('main img, [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the search lives in the URL: reload and back restore it', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#q').fill('imprisonment');
  await page.locator('#search-form button[type=submit]').click();
  await done(page);
  await expect(page).toHaveURL(/\/search\/\?q=imprisonment$/);
  const all = await resultUrls(page);
  expect(all.length).toBeGreaterThan(3);

  await page.locator('#search-act').selectOption('psma-2018');
  await done(page);
  await expect(page).toHaveURL(/\?q=imprisonment&act=psma-2018$/);
  const narrowed = await resultUrls(page);

  await page.reload();
  await done(page);
  await expect(page.locator('#q')).toHaveValue('imprisonment');
  await expect(page.locator('#search-act')).toHaveValue('psma-2018');
  expect(await resultUrls(page)).toEqual(narrowed);

  await page.goBack();
  await done(page);
  await expect(page).toHaveURL(/\?q=imprisonment$/);
  await expect(page.locator('#search-act')).toHaveValue('');
  expect(await resultUrls(page)).toEqual(all);
});

test('the Act filter narrows the results to one Act', async ({ page }) => {
  await search(page, 'imprisonment');
  const all = await resultUrls(page);
  const acts = new Set(all.map((u) => u!.split('/')[1]));
  expect(acts.size).toBeGreaterThan(1);
  const psma = page.locator('#search-act-filter button[data-act="psma-2018"]');
  const label = await psma.textContent();
  const n = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  await psma.click();
  await done(page);
  await expect(page).toHaveURL(/act=psma-2018/);
  await expect(page.locator('#search-act-filter button[data-act="psma-2018"]')).toHaveAttribute('aria-pressed', 'true');
  const narrowed = await resultUrls(page);
  expect(narrowed.length).toBe(n);
  expect(narrowed.length).toBeLessThan(all.length);
  for (const u of narrowed) expect(u).toMatch(/^\/psma-2018\//);
  // The abbreviation works in a shared URL too.
  await page.goto('/search/?q=imprisonment&act=PSMA');
  await done(page);
  expect(await resultUrls(page)).toEqual(narrowed);
});

test('citations are answered first with a link to the provision', async ({ page }) => {
  await search(page, 'u/s 371-A r/w 371-B PPC');
  const go = page.locator('#citation-answer a.go');
  await expect(go).toHaveText(['Go to s. 371-A PPC', 'Go to s. 371-B PPC']);
  await expect(go.first()).toHaveAttribute('href', '/ppc/s371a/');
  // The citation box comes before the full-text results.
  const order = await page.evaluate(() => {
    const box = document.getElementById('citation-answer')!;
    const list = document.getElementById('search-results')!;
    return box.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();

  await search(page, 'u/s 3(2) PTPA');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ptpa-2018/s3/#s3-2');
  await page.locator('#citation-answer a.go').click();
  await expect(page.locator('#s3-2')).toContainText('committed against a child or a woman');

  await search(page, '371 A');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ppc/s371a/');
  await expect(page.locator('#citation-answer')).toContainText('No Act was named');

  await search(page, 'section 3');
  await expect(page.locator('#citation-answer a.go')).toHaveCount(4);
  await expect(page.locator('#citation-answer')).toContainText('is in 4 Acts');
  // With the Act filter, the same query resolves.
  await page.goto('/search/?q=section+3&act=psma-2018');
  await done(page);
  await expect(page.locator('#citation-answer a.go')).toHaveText(['Go to s. 3 PSMA']);

  await search(page, 'u/s 161 CrPC');
  await expect(page.locator('#citation-answer [data-citation="outside"]')).toContainText('Code of Criminal Procedure, 1898 is not in this library');
  await expect(page.locator('#citation-answer a.go')).toHaveCount(0);

  await search(page, 's. 302 PPC');
  await expect(page.locator('#citation-answer [data-citation="missing"]')).toContainText('359');
});

test('earlier texts are searched only when asked for', async ({ page }) => {
  // "commercial sex acts" is in s. 3 PTPA as enacted; the 2025 amendment replaced it.
  await search(page, 'commercial sex acts');
  expect((await resultUrls(page)).filter((u) => u!.includes('/as-enacted/'))).toEqual([]);
  await page.locator('#search-earlier').check();
  await done(page);
  await expect(page).toHaveURL(/earlier=1/);
  const urls = await resultUrls(page);
  expect(urls[0]).toBe('/ptpa-2018/as-enacted/s3/');
  await expect(page.locator('#search-results > li').first().locator('[data-earlier]')).toContainText('As enacted');
});

test('no results: a helpful page, not a blank one', async ({ page }) => {
  await search(page, 'xylophone zeppelin');
  await expect(page.locator('#search-empty')).toBeVisible();
  await expect(page.locator('#search-empty a[href="/finder/"]')).toBeVisible();
  await expect(page.locator('#search-empty')).toContainText('Check the spelling');
  await expect(page.locator('#search-acts a[href="/ptpa-2018/"]')).toBeVisible();
  await expect(page.locator('#search-acts a[href="/ppc/"]')).toBeVisible();
});

test('a misspelt word is searched as the statutes spell it, and the page says so', async ({ page }) => {
  await search(page, 'traficking');
  await expect(page.locator('#search-status')).toContainText('Showing results for “trafficking”');
  // The URL keeps what the reader typed; the results are for the corrected word.
  await expect(page).toHaveURL(/\?q=traficking$/);
  await expect(page.locator('#search-results > li').first()).toHaveAttribute('data-result-url', '/ptpa-2018/s3/');
  await search(page, 'traffiking a child');
  await expect(page.locator('#search-status')).toContainText('Showing results for “trafficking a child”');
  expect((await resultUrls(page)).slice(0, 3)).toContain('/ptpa-2018/s3/');
});

test('a word no provision uses is named, and the count says it is of the other words, never "all the words"', async ({ page }) => {
  await search(page, 'bonded labour qzxv');
  const status = page.locator('#search-status');
  await expect(status).toContainText('No provision uses “qzxv”');
  await expect(status).not.toContainText('contain all the words');
  await search(page, 'bonded laber');
  await expect(status).toContainText('Showing results for “bonded labour”');
  await expect(status).not.toContainText('No provision uses');
});

test('Urdu and Roman Urdu find the law through the glossary', async ({ page }) => {
  for (const [q, url] of [['agwa', '/ppc/s359/'], ['بردہ فروشی', '/ptpa-2018/s3/'], ['bheek mangwana bachon se', '/ptpa-2018/s3/'], ['اغوا برائے تاوان', '/ppc/s365a/']]) {
    await search(page, q);
    expect((await resultUrls(page))[0], q).toBe(url);
  }
  await expect(page.locator('#search-status')).toContainText('Kidnapping for ransom');
});

test('a word the lexicon reads is searched as the statutes\' English, and the page says so', async ({ page }) => {
  await search(page, 'trafficking mein victim ki maut ho jaye to saza');
  await expect(page.locator('#search-status')).toContainText('Searched “maut” as death');
  await expect(page.locator('#search-status')).not.toContainText('No provision uses “maut”');
  expect(await resultUrls(page)).toContain('/ptpa-2018/s4/');
});

test('a citation answered above is said in the status line, which a screen reader hears', async ({ page }) => {
  await search(page, 's. 3 PTPA');
  await expect(page.locator('#citation-answer a.go')).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('The citation is answered above');
});

test('a pinpoint citation goes to the line; a pinpoint that does not exist says so', async ({ page }) => {
  await search(page, 's. 375 Explanation 3 PPC');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ppc/s375/#s375-expl-3');
  await expect(page.locator('#citation-answer a.go')).toHaveText('Go to s. 375, Explanation 3 PPC');
  await search(page, '376(1A)');
  await expect(page.locator('#citation-answer a.go')).toHaveText('Go to s. 376(1A) PPC');
  await search(page, 'section 3 sub-section 2 PTPA');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ptpa-2018/s3/#s3-2');
  await search(page, 's. 375 Explanation 9 PPC');
  await expect(page.locator('#citation-answer [data-pinpoint-missing]')).toContainText('s. 375 has no Explanation 9: the link opens the whole of s. 375');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ppc/s375/');
});

test('words found in a footnote are credited to the footnote; editorial remarks are never excerpts', async ({ page }) => {
  // "transportation for life" is in footnotes only (what the Law Reforms Ordinance, 1972 replaced).
  await search(page, 'transportation for life');
  const items = page.locator('#search-results > li[data-result-url="/ppc/s364/"], #search-results > li[data-result-url="/ppc/s377/"]');
  expect(await items.count()).toBe(2);
  for (const li of await items.all()) {
    await expect(li.locator('.excerpt a[data-note]')).toHaveText(/^Footnote \d+$/);
    await expect(li.locator('a[data-pin]')).toHaveCount(0);
  }
  await search(page, 'West Pakistan Ordinance');
  await expect(page.locator('#search-results > li').first().locator('a[data-note]')).toHaveText('Found in an editorial note');
  await expect(page.locator('#search-results')).not.toContainText('pakistani.org');
  for (const q of ['closing bracket', 'bracket opened']) {
    await search(page, q);
    await expect(page.locator('#search-results')).not.toContainText('{F');
    await expect(page.locator('#search-results')).not.toContainText('Editorial:');
  }
});

test('"Listed under" names only the glossary’s terms and descriptions, never the told facts or their words', async ({ page }) => {
  const glossary = (await (await page.request.get('/data/glossary.json')).json()) as { terms: { term: string; english: string[]; roman: string[]; descriptions: string[] }[] };
  const phrases = new Set(glossary.terms.flatMap((t) => [t.term, ...t.english, ...t.roman, ...t.descriptions].flatMap((p) => p.split(/;\s*/))).map((p) => p.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim()));
  const stray: string[] = [];
  for (const q of ['punishment', 'kidnapping', 'passport', 'agent', 'debt']) {
    await search(page, q);
    for (const line of await page.locator('#search-results .subject-match').allInnerTexts()) {
      if (!line.startsWith('Listed under:')) continue;
      for (const p of line.replace(/^Listed under:\s*/, '').split(/;\s*/)) if (!phrases.has(p.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim())) stray.push(`${q}: ${p}`);
    }
  }
  expect(stray).toEqual([]);
});

// Issue 13 (a fresh user): "Listed under: Kidnapping; kidnap; kidnapped" under "Section 359.
// Kidnapping", and the same line again on the next card (the Punjab text of the same section).
test('"Listed under" names each term once, never what the card’s title or quoted words say, nor what the card above named', async ({ page }) => {
  const seen: string[] = [];
  for (const q of ['bonded labour', 'agwa', 'kidnapping a child', 'peshgi', 'child trafficking', 'اغوا']) {
    await search(page, q);
    const cards = await readCards(page);
    expect(cards.length, q).toBeGreaterThan(5);
    expect(listedNoise(cards), q).toEqual([]);
    seen.push(...cards.flatMap((c) => c.notes.filter((n) => n.startsWith('Listed under:'))));
  }
  // The line still says something where it can: why a provision was found, in words the card does not hold.
  expect(seen.length).toBeGreaterThan(10);
  // The header's panel over the page says each term once too.
  await page.goto('/ppc/s359/');
  await page.locator('#site-q').fill('agwa');
  await expect(page.locator('form.site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#hs-results > li').first()).toBeVisible();
  const inPanel = await readCards(page, '#hs-results');
  expect(listedNoise(inPanel)).toEqual([]);
});

test('every card quotes the law\'s own words and says which text it quotes; a partial Act\'s card says what the library lacks', async ({ page }) => {
  // The first query's first answer (PTPA s. 6) is one the glossary alone points to: it too must quote its words.
  for (const q of ['can the trafficked woman be punished for illegal stay', 'sindh bonded labour peshgi hari', 'who investigates a smuggling case']) {
    await search(page, q);
    const cards = page.locator('#search-results > li.result');
    expect(await cards.count(), q).toBeGreaterThan(2);
    for (const card of await cards.all()) {
      const url = (await card.getAttribute('data-result-url')) ?? '';
      const note = await card.locator('[data-note]').count();
      if (!note) expect((await card.locator('.excerpt').innerText()).split(/\s+/).length, `${q}: ${url} quotes the law`).toBeGreaterThan(8);
      await expect(card.locator('.cite'), `${q}: ${url} names its text`).toContainText(/Text: |Earlier text: /);
      if (url.startsWith('/sindh-blsa-2015/')) await expect(card.locator('[data-partial]'), `${q}: ${url}`).toContainText('offences and penalties included');
      else expect(await card.locator('[data-partial]').count(), url).toBe(0);
    }
  }
  // The rule before its proviso: the section's opening words are quoted when they hold the words as much.
  for (const q of ['can the trafficked woman be punished for illegal stay', 'is a trafficking victim liable for using a fake passport']) {
    await search(page, q);
    await expect(page.locator('#search-results > li.result').first()).toHaveAttribute('data-result-url', '/ptpa-2018/s6/');
    await expect(page.locator('#search-results > li.result').first().locator('.excerpt')).toContainText('shall not be criminally or otherwise liable');
  }
});

test('a bonded-labour card of a text not offered where the facts happened says which law is given there', async ({ page }) => {
  // A Sindh kiln: the federal Act's cards say the law there is the Sindh Act (content/jurisdictions.yaml), with the
  // period the federal text governed; the Sindh card and the other laws' cards carry no such note.
  await search(page, 'kiln owner in Sanghar keeps labourers for peshgi');
  const cards = page.locator('#search-results > li.result');
  let federal = 0;
  for (const card of await cards.all()) {
    const url = (await card.getAttribute('data-result-url')) ?? '';
    // The federal and Punjab texts are not the ones offered in Sindh: both say so.
    if (url.startsWith('/blsa-1992')) {
      federal++;
      await expect(card.locator('[data-place-note]'), url).toContainText('Facts in Sanghar (Sindh): the law there is given as The Sindh Bonded Labour System (Abolition) Act, 2015');
      await expect(card.locator('[data-place-note] a'), url).toHaveAttribute('href', '/where/');
      // What is known of the Sindh Act, and what is not held, folds under the law's name and opens on a tap.
      const known = card.locator('[data-place-note] details');
      await expect(known.locator('p'), url).toBeHidden();
      await known.locator('summary').click();
      await expect(known.locator('p'), url).toContainText('Only s. 1 and s. 2(a)–(d) of the Sindh Act are held');
    } else expect(await card.locator('[data-place-note]').count(), url).toBe(0);
  }
  expect(federal, 'the federal Act is among the results').toBeGreaterThan(0);
  // The status line does not promise the Sindh text first: the library holds only part of it.
  await expect(page.locator('#search-status')).toContainText('the law given there is the Sindh BLSA, which the library holds only in part');
  // The header's panel on a provision page says it too.
  await page.goto('/ptpa-2018/s3/');
  await page.locator('#site-q').fill('bonded labour peshgi in Sanghar');
  await expect(page.locator('#hs-results [data-place-note]').first()).toContainText('Facts in Sanghar (Sindh)');
});

test('keyboard: from the search box one link skips the choices to the results', async ({ page }) => {
  await search(page, 'coercion');
  await page.locator('#q').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the results' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is the first result's link, not the Act, kind and jurisdiction choices.
  const focused = await page.evaluate(() => document.activeElement?.closest('#search-results > li') !== null);
  expect(focused).toBe(true);
});

test('a query that only names an Act offers the Act', async ({ page }) => {
  await search(page, 'PTPA');
  await expect(page.locator('#citation-answer a.go')).toHaveText('Go to The Prevention of Trafficking in Persons Act, 2018');
  await expect(page.locator('#citation-answer a.go')).toHaveAttribute('href', '/ptpa-2018/');
});

test('the search makes no request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await search(page, 'debt bondage');
  await search(page, 's. 371-A PPC');
  expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says search needs JavaScript and links to the Acts', async ({ page }) => {
    await page.goto('/search/?q=coercion');
    await expect(page.locator('#search-form')).toBeVisible();
    await expect(page.locator('#search-nojs')).toContainText('Search needs JavaScript');
    for (const act of ['ptpa-2018', 'psma-2018', 'ppc', 'blsa-1992', 'blsa-1992-punjab']) {
      await expect(page.locator(`#search-acts a[href="/${act}/"]`)).toBeVisible();
    }
  });
});

test('the Act tabs add up to the number of results the page states', async ({ page }) => {
  for (const q of ['bhatta malik ne peshgi ke badle poora khandan qaid kar rakha hai', 'coercion', 'child trafficking punishment', 'agent passport']) {
    await search(page, q);
    const status = await page.locator('#search-status').innerText();
    const none = /No provision[^;]*; (\d+) contains?/.exec(status);
    const stated = none ? Number(none[1]) : Number(/(\d+) provisions?\b/.exec(status)?.[1] ?? 0) + Number(/; (\d+) more/.exec(status)?.[1] ?? 0);
    const all = await page.locator('#search-act-filter button[data-act=""]').innerText();
    expect(Number(/\((\d+)\)/.exec(all)?.[1]), `${q}: ${status} / ${all}`).toBe(stated);
  }
});

test('filters by kind of provision, jurisdiction and force, kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=bonded%20labour&kind=offence');
  await page.waitForSelector('#search-form[data-state="done"]');
  await expect(page.locator('#search-kind')).toHaveValue('offence');
  const urls = await page.locator('#search-results [data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url')));
  expect(urls.length).toBeGreaterThan(0);
  // Offences of the Bonded Labour Act are ss. 8, 11-14; its definitions (s. 2) are not offences.
  expect(urls).not.toContain('/blsa-1992/s2/');
  await page.locator('#search-jurisdiction').selectOption('punjab');
  await expect(page).toHaveURL(/jurisdiction=punjab/);
  await page.waitForSelector('#search-form[data-state="done"]');
  const punjab = await page.locator('#search-results [data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url')));
  expect(punjab.length).toBeGreaterThan(0);
  for (const u of punjab) expect(u).toMatch(/^\/blsa-1992-punjab\//);
  // Every jurisdiction whose Act the library holds is a choice: a Sindh officer can narrow to the Sindh Act.
  await page.goto('/search/?q=bonded%20labour&jurisdiction=sindh');
  await page.waitForSelector('#search-form[data-state="done"]');
  await expect(page.locator('#search-jurisdiction')).toHaveValue('sindh');
  const sindh = await page.locator('#search-results [data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url')));
  expect(sindh.length).toBeGreaterThan(0);
  for (const u of sindh) expect(u).toMatch(/^\/sindh-blsa-2015\//);
  await page.goto('/search/?q=kidnapping&inforce=1');
  await page.waitForSelector('#search-form[data-state="done"]');
  const inForce = await page.locator('#search-results [data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url')));
  for (const repealed of ['/ppc/s366/', '/ppc/s372/', '/ppc/s373/', '/ppc/s369a/']) expect(inForce).not.toContain(repealed);
});

test('"/" focuses the search box from any page', async ({ page }) => {
  await page.goto('/ppc/s371a/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-q')).toBeFocused();
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toBeFocused();
});

test('a citation "as enacted" goes to the text as enacted, the current text named beside it; an Act with no earlier text says so', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('s. 3(1) PTPA as enacted'));
  await page.waitForSelector('#search-form[data-state="done"]');
  const go = page.locator('#citation-answer a.go').first();
  await expect(go).toHaveAttribute('href', '/ptpa-2018/as-enacted/s3/#s3-1');
  await expect(go).toContainText('As enacted');
  await expect(page.locator('#citation-answer')).toContainText('Current text');
  await page.goto('/search/?q=' + encodeURIComponent('s. 371A PPC as enacted'));
  await page.waitForSelector('#search-form[data-state="done"]');
  await expect(page.locator('#citation-answer [data-no-earlier]')).toContainText('no earlier text of the PPC');
});

test('a long reading folds, but a place read for its bonded-labour law and words searched in place of those typed stay in view', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent("Hari family in Sanghar working on zamindar's land for years for an old loan, no wages, zamindar says loan keeps growing and they can't go to another landlord"));
  await page.waitForSelector('#search-form[data-state="done"]');
  const shown = await page.locator('#search-status').evaluate((s) => [...s.childNodes].filter((n) => !(n instanceof HTMLElement && n.tagName === 'DETAILS')).map((n) => n.textContent).join(''));
  expect(shown).toContain('“Sanghar” is read as a place');
  // A name is never "corrected" into a library word ("Imran" is not "Iran").
  await page.goto('/search/?q=' + encodeURIComponent('accused agent took Rs 500000 from Imran for a job in Italy'));
  await page.waitForSelector('#search-form[data-state="done"]');
  await expect(page.locator('#search-status')).not.toContainText('Showing results for');
});
