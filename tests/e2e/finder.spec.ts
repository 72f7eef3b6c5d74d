// The finder as a prosecutor uses it: facts are evidence, the date picks the text, the place picks
// the bonded-labour law. One test per scenario of issue 8.
import { test, expect, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('#finder-results');
const row = (page: Page, id: string) => results(page).locator(`tr[data-result="${id}"]`);

test('migrants taken to Iran for a fee, "migrant" unticked: PSMA s. 3 is offered', async ({ page }) => {
  await page.goto('/finder/');
  await page.getByLabel('Taken, or to be taken, across a border (into or out of Pakistan)').check();
  await page.getByLabel(/Arranged or helped a person’s illegal entry into Pakistan or into another country/).check();
  await page.getByLabel('For money or other benefit').check();
  await expect(page.getByLabel(/A migrant: anyone travelling/)).not.toBeChecked();
  await expect(row(page, 'psma-2018-3-2025')).toBeVisible();
  // The victim element stays to be proved, and says so.
  await expect(row(page, 'psma-2018-3-2025').locator('[data-open]')).toContainText('Victim: a migrant');
  await expect(row(page, 'psma-2018-3-2025').locator('[data-met]')).toContainText('Conduct: smuggle migrants');
});

test('the facts are named as labelled: proper names and Acts keep their capitals', async ({ page }) => {
  await page.goto('/finder/?f=migrant&f=smuggled');
  const h = page.locator('h2', { hasText: 'Provisions for:' });
  await expect(h).toContainText('a Pakistani going abroad');
  await expect(h).toContainText('into Pakistan');
  await expect(h).not.toContainText(/pakistan|\bppc\b|\bblsa\b|\bptpa\b/);
});

test('a child taken within Pakistan: PPC s. 363 is offered', async ({ page }) => {
  await page.goto('/finder/');
  await page.getByLabel('A child under eighteen (boy or girl)').check();
  await page.getByLabel(/Moved, or meant to be moved, only within Pakistan/).check();
  await page.getByLabel(/Took, enticed or forced a person to go somewhere/).check();
  await expect(row(page, 'ppc-363-2025')).toBeVisible();
  await expect(row(page, 'ppc-363-2025').locator('[data-open]')).toContainText('lawful guardian');
  // An offence that requires a border crossing is not offered.
  await expect(row(page, 'ppc-366b-2025')).toHaveCount(0);
});

test('"Slavery" offers PPC ss. 370 and 371', async ({ page }) => {
  await page.goto('/finder/?f=slavery');
  await expect(row(page, 'ppc-370-2025')).toBeVisible();
  await expect(row(page, 'ppc-371-2025')).toBeVisible();
  await expect(row(page, 'ppc-371-2025').locator('[data-open]')).toContainText('habitually');
});

test('an adult woman is never offered PPC s. 366A; a girl under eighteen is', async ({ page }) => {
  await page.goto('/finder/?f=adult-woman&f=kidnapped&f=sexual-exploitation');
  await expect(row(page, 'ppc-365b-2025')).toBeVisible();
  await expect(row(page, 'ppc-366a-2025')).toHaveCount(0);
  await page.goto('/finder/?f=girl&f=kidnapped&f=sexual-exploitation');
  await expect(row(page, 'ppc-366a-2025')).toBeVisible();
});

test('a 2019 child-begging case is answered from the 2018 text of PTPA s. 3', async ({ page }) => {
  await page.goto('/finder/');
  await page.getByLabel('Date of the offence').fill('2019-07-01');
  await page.getByLabel('A child under eighteen (boy or girl)').check();
  await page.getByLabel('Organized beggary').check();
  await page.getByLabel('Recruited, transported, harboured, provided or obtained a person').check();
  await expect(page).toHaveURL(/date=2019-07-01/);
  const r = row(page, 'ptpa-2018-3-2-2018');
  await expect(r).toBeVisible();
  await expect(r.locator('[data-text-period]')).toHaveText('as enacted 2018: from 2018 until Act IX of 2025 commenced (date not confirmed)');
  await expect(r).toContainText('or fine up to Rs 1,000,000, or both (the minimum of 2 years applies only if imprisonment is imposed');
  await expect(results(page).locator('tr[data-result^="ptpa-2018-3-"][data-result$="-2025"]')).toHaveCount(0);
  // Reload: the date is kept in the URL and the form.
  await page.reload();
  await expect(page.getByLabel('Date of the offence')).toHaveValue('2019-07-01');
});

test('between the Bills’ passage and the consolidation, both PTPA texts side by side with a warning', async ({ page }) => {
  await page.goto('/finder/?f=recruited&f=force&date=2025-03-15');
  await expect(row(page, 'ptpa-2018-3-1-2018')).toHaveAttribute('data-standing', 'uncertain');
  await expect(row(page, 'ptpa-2018-3-1-2025')).toHaveAttribute('data-standing', 'uncertain');
  await expect(results(page).locator('[data-finder-notice="date"]').first()).toContainText('commenced is not confirmed');
});

test('a bonded-labour case in Punjab offers the Punjab Act and not the federal text; in Sindh it names the Sindh Act', async ({ page }) => {
  await page.goto('/finder/');
  await page.getByLabel('Where it happened').selectOption({ label: 'Punjab' });
  await page.getByLabel(/A bonded labourer: owes a bonded debt/).check();
  await page.getByLabel('Compelled a person to work against his or her will').check();
  await expect(row(page, 'blsa-1992-punjab-11-2012')).toBeVisible();
  await expect(results(page).locator('tr[data-result^="blsa-1992-1"], tr[data-result^="blsa-1992-8"]')).toHaveCount(0);

  await page.getByLabel('Where it happened').selectOption({ label: 'Sindh' });
  await expect(results(page).locator('tr[data-result^="blsa-"]')).toHaveCount(0);
  const notice = results(page).locator('[data-finder-notice="place"]');
  await expect(notice).toContainText('Sindh Bonded Labour System (Abolition) Act, 2015 (Sindh Act No. XX of 2016)');
  await expect(notice).toContainText('offences and penalties are not in the library');
  // The trafficking Act still applies there.
  await expect(row(page, 'ptpa-2018-3-1-2025')).toBeVisible();
});

test('finder tables reflow on phones: every cell carries its column name', async ({ page }) => {
  await page.goto('/finder/?f=rape&f=hurt');
  const cells = results(page).locator('table.reflow td');
  await expect(cells.first()).toBeVisible();
  expect(await cells.evaluateAll((tds) => tds.filter((td) => !td.getAttribute('data-label')).length)).toBe(0);
});

test('2014 conduct: s. 377B (inserted by Act X of 2016) is listed apart as not in force then, not offered', async ({ page }) => {
  await page.goto('/finder/?f=child&f=sexual-abuse&date=2014-01-01');
  const notYet = results(page).locator('h3[data-not-in-force]');
  await expect(notYet).toBeVisible();
  const r = results(page).locator('tr[data-result^="ppc-377b"]').first();
  await expect(r.locator('[data-inserted="not-in-force"]')).toContainText('inserted by Act X of 2016');
  await expect(r.locator('[data-earlier-wording]')).toHaveCount(0);
});

test('elements are met only by facts that state them: kidnapping for a sexual purpose leaves s. 367A’s unnatural lust to prove; a girl brought into Pakistan meets s. 366B', async ({ page }) => {
  await page.goto('/finder/?f=adult-woman&f=kidnapped&f=sexual-exploitation');
  await expect(row(page, 'ppc-365b-2025')).toBeVisible();
  // Cited as the section page cites it.
  await expect(row(page, 'ppc-365b-2025').locator('td[data-label="Provision"] a')).toHaveText('s. 365-B PPC');
  await expect(row(page, 'ppc-367a-2025').locator('[data-open]')).toContainText('unnatural lust');
  await expect(results(page).locator('tr[data-result]').first()).not.toHaveAttribute('data-result', 'ppc-367a-2025');
  // The first limb of s. 365B needs no means; the second (inducing by compulsion) is its own row.
  await expect(row(page, 'ppc-365b-2025').locator('[data-open]')).not.toContainText('Means');
  await expect(row(page, 'ppc-365b-induce-2025').locator('[data-open]')).toContainText('Means');

  await page.goto('/finder/?f=girl&f=brought-in&f=sexual-exploitation');
  await expect(row(page, 'ppc-366b-2025')).toContainText('4 of 4 elements met');
  await page.goto('/finder/?f=girl&f=taken-out&f=sexual-exploitation');
  await expect(row(page, 'ppc-366b-2025').locator('[data-open]')).toContainText('brought into Pakistan');
});

test('PSMA s. 4: benefit and the smuggling purpose are each to prove; a document alone leaves the benefit open', async ({ page }) => {
  await page.goto('/finder/?f=documents');
  const r = row(page, 'psma-2018-4-2-2025');
  await expect(r).toContainText('2 of 3 elements met');
  await expect(r.locator('[data-open]')).toContainText('Purpose: benefit');
  await expect(r.locator('[data-met]')).toContainText('Purpose: enabling smuggling of migrants');
});
