import { expect, test, type Page } from '@playwright/test';
import { ArgumentsPage } from './pages/arguments-page';
import { ChronologyPage } from './pages/chronology-page';
import { EvidencePage } from './pages/evidence-page';
import { PartiesPage } from './pages/parties-page';

// Each test builds a case through the UI first; on a loaded machine that alone takes a while.
test.describe.configure({ timeout: 120_000 });

/** A case with exhibits E-0001 and E-0002 and Fact 1, then the Arguments section. */
async function caseWithEvidenceAndFact(page: Page): Promise<PartiesPage> {
  const nav = new PartiesPage(page);
  await nav.openNewCase('Doe v X Corp');
  await nav.goTo('Evidence');
  for (const title of ['Grok reply generating the image', 'Notice sent to X']) {
    await new EvidencePage(page).registerByTitle(title);
  }
  await nav.goTo('Chronology');
  await new ChronologyPage(page).add({ precision: 'Day', day: '2026-01-05', text: 'Grok generates the image.' });
  await nav.goTo('Arguments');
  return nav;
}

test('an argument element is linked to a fact; an exhibit cited by typing [ follows its renumbering', async ({ page }) => {
  const nav = await caseWithEvidenceAndFact(page);
  const args = new ArgumentsPage(page);
  const heading = 'X is liable for disseminating the deepfake';
  await expect(page.getByRole('heading', { name: 'No legal arguments yet' })).toBeVisible();

  await args.add(heading, 'Criminal liability of legal persons');
  await args.addLegalBasis(/^art\. 189 ter CP/);
  await args.addLegalBasis(/^Art\. 35 DSA/, '(1)(c)');
  // A P row says so in the form too.
  await expect(args.dialog.getByText('Verify before filing')).toBeVisible();
  const knowledge = await args.addElement('X knew of the image');
  await args.addSupport(knowledge, /^Fact 1 — Grok generates the image/);
  await expect(knowledge.getByText('Fact 1', { exact: true })).toBeVisible();
  await args.addElement('X profited from it');
  await args.save();

  const argument = args.argument(heading);
  await expect(argument).toBeVisible();
  await expect(argument.getByRole('listitem').filter({ hasText: 'X knew of the image' })).toContainText('Supported by: Fact 1');
  await expect(argument.getByRole('listitem').filter({ hasText: 'X profited from it' })).toContainText('Unsupported');
  await expect(args.list).toContainText('1 element without support');
  await expect(argument.getByRole('listitem').filter({ hasText: 'Art. 35 DSA, (1)(c)' })).toContainText('Verify before filing');
  await expect(argument.getByRole('listitem').filter({ hasText: 'art. 189 ter CP' })).not.toContainText('Verify before filing');

  // Typing "[" opens the picker; typing filters it; arrows and Enter choose.
  const editor = args.editor(heading);
  await editor.click();
  await page.keyboard.type('The reply [zzz');
  await expect(page.getByText('Nothing matches “zzz”.')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('E-0');
  await expect(args.picker.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(args.picker.getByRole('option', { selected: true })).toContainText('Notice sent to X');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(args.picker).toBeHidden();
  await page.keyboard.type('shows it; see [fact 1');
  await page.keyboard.press('Enter');
  // A comma, then a pinpoint: the citation points at a place in the exhibit.
  await page.keyboard.type('and [E-0002, p. 4');
  await expect(page.getByText('Pinpoint: p. 4')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('The reply [E-0001] shows it; see [Fact 1] and [E-0002] (p. 4)');
  await argument.getByRole('button', { name: 'Save text' }).click();
  await expect(argument.getByText('Saved', { exact: true })).toBeVisible();

  // Renumber E-0001 (the logged action of the evidence register); the citation follows.
  await nav.goTo('Evidence');
  const evidence = new EvidencePage(page);
  await evidence.open('E-0001');
  await evidence.detail.getByRole('button', { name: 'Renumber' }).click();
  await evidence.detail.getByLabel('New exhibit number').fill('E-0042');
  await evidence.detail.getByRole('button', { name: 'Renumber' }).last().click();
  await expect(evidence.row('E-0042')).toBeVisible();
  await nav.goTo('Arguments');
  await args.list.getByRole('button', { name: `Open ${heading}` }).click();
  await expect(args.editor(heading)).toContainText('The reply [E-0042] shows it; see [Fact 1] and [E-0002] (p. 4)');
  await expect(args.editor(heading)).not.toContainText('E-0001');

  // The table of authorities lists what the argument cites, grouped by instrument.
  await expect(args.tableOfAuthorities).toContainText('Código Penal — LO 10/1995');
  await expect(args.tableOfAuthorities).toContainText('art. 189 ter CP');
  await expect(args.tableOfAuthorities).toContainText(`Cited in: ${heading}`);

  // All of it survives a reload.
  await page.reload();
  await args.list.getByRole('button', { name: `Open ${heading}` }).click();
  await expect(args.editor(heading)).toContainText('[E-0042]');
  await page.screenshot({ path: test.info().outputPath('arguments.png'), fullPage: true });
});

test('arguments reorder; an archived exhibit shows as a broken citation; a bad ECLI is refused on its field', async ({ page }) => {
  const nav = await caseWithEvidenceAndFact(page);
  const args = new ArgumentsPage(page);
  for (const heading of ['First argument', 'Second argument']) {
    await args.add(heading, 'GDPR / children’s data');
    await args.save();
  }
  await args.list.getByRole('button', { name: 'Move Second argument up' }).click();
  await expect(args.list.getByRole('heading')).toHaveText(['Second argument', 'First argument']);

  await args.list.getByRole('button', { name: 'Open First argument' }).click();
  await args.editor('First argument').click();
  await page.keyboard.type('See [E-0002');
  await page.keyboard.press('Enter');
  await args.argument('First argument').getByRole('button', { name: 'Save text' }).click();
  await nav.goTo('Evidence');
  const evidence = new EvidencePage(page);
  await evidence.open('E-0002');
  await evidence.detail.getByRole('button', { name: 'Archive' }).click();
  await nav.goTo('Arguments');
  await args.list.getByRole('button', { name: 'Open First argument' }).click();
  await expect(args.editor('First argument').getByLabel('[E-0002] — the cited item is archived')).toBeVisible();

  await page.getByRole('button', { name: 'Add authority' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add authority' });
  await dialog.getByRole('textbox', { name: /^Citation/ }).fill('Case C-131/12 Google Spain');
  await dialog.getByLabel('ECLI').fill('EU:C:2014:317');
  await dialog.getByRole('button', { name: 'Add authority' }).click();
  await expect(dialog.getByLabel('ECLI')).toHaveAccessibleDescription(/Enter an ECLI such as/);
  await expect(dialog.getByRole('textbox', { name: /^Citation/ })).toHaveValue('Case C-131/12 Google Spain');
  await dialog.getByLabel('ECLI').fill('ECLI:EU:C:2014:317');
  await dialog.getByRole('button', { name: 'Add authority' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Case law, guidance and other authorities added to this case' })).toContainText('ECLI:EU:C:2014:317');
});

test('the catalogue shows each row\'s certainty and no invented headings', async ({ page }) => {
  await caseWithEvidenceAndFact(page);
  await page.getByRole('heading', { name: 'Provision catalogue' }).click();
  const table = page.getByRole('table', { name: 'Provisions shipped with the app' });
  const row = (name: string) => table.getByRole('row', { name, exact: true });
  await expect(row('art. 189.1 CP')).toContainText('No official article heading.');
  await expect(row('art. 189.1 CP')).toContainText("Location: Libro II, Tít. VIII 'Delitos contra la libertad sexual'");
  await expect(row('art. 189.1 CP')).not.toContainText('Verify before filing');
  await expect(row('art. 7 LOPDGDD')).toContainText('English (unofficial translation): Consent of minors');
  await expect(row('Art. 35 DSA')).toContainText('Verify before filing');
  await expect(row('Art. 35 DSA')).toContainText("P (index truncated at 'Mitigati…'; content secondary)");
  await expect(page.getByRole('listitem').filter({ hasText: 'Digital Omnibus on AI' })).toContainText('Draft — not law');
  await row('art. 189.1 CP').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('catalogue.png') });
});
