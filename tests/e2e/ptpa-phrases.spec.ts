// A phrase from any section of the PTPA (current text) finds that section first. Each phrase was
// checked to occur in that section only, across the current texts of the library.
import { test, expect } from '@playwright/test';

const PHRASES: [string, string][] = [
  ['1', 'This Act may be called the Prevention of Trafficking in Persons Act'],
  ['2', 'regardless of whether the perpetrator is identified'],
  ['3', 'recruits, harbours, transports, provides or obtains'],
  ['4', 'confiscation or destruction of any travel document'],
  ['5', 'participates as an accomplice'],
  ['6', 'in obedience to the order made by the trafficker'],
  ['7', 'Presumption in case of child victim'],
  ['8', 'the police shall investigate an offence under this Act'],
  ['9', 'non-compoundable and non-bailable under the Code'],
  ['10', 'a Magistrate of the First Class shall try an offence punishable under this Act'],
  ['11', 'relocate victim or witness'],
  ['12', 'evidence of a victim or a witness behind a screen'],
  ['13', 'payment of compensation to the victim'],
  ['14', 'root-causes of trafficking in persons'],
  ['15', 'the rules of the Government shall prevail'],
  ['16', 'Prevention and Control of Human Trafficking Ordinance'],
];

for (const [n, phrase] of PHRASES) {
  test(`"${phrase}" finds PTPA s. ${n} first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
    await page.waitForSelector('#search-form[data-state="done"]', { timeout: 20_000 });
    const first = await page.locator('#citation-answer:not([hidden]) [data-result-url], #search-results [data-result-url]').first().getAttribute('data-result-url');
    expect(first).toBe(`/ptpa-2018/s${n}/`);
  });
}
