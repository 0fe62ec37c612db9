import { expect, test } from '@playwright/test';
import { ChronologyPage } from './pages/chronology-page';
import { EvidencePage } from './pages/evidence-page';
import { PartiesPage } from './pages/parties-page';

test('facts of every precision are sorted by date and written as a lawyer would', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  await parties.openNewCase('Doe v X Corp');
  await parties.goTo('Chronology');
  await expect(page.getByRole('heading', { name: 'No facts in the chronology yet' })).toBeVisible();

  await chronology.add({ precision: 'Undated', text: 'The victim’s classmates share the image.' });
  await chronology.add({ precision: 'Month', month: '2026-03', text: 'X publishes its transparency report.', status: 'Disputed by the other side' });
  await chronology.add({ precision: 'Between two days', day: '2026-01-01', endDay: '2026-01-05', text: 'Grok generates sexualised images on request.', materiality: 'Material' });
  await chronology.add({ precision: 'Day', day: '2026-03-01', text: 'The complaint is filed.' });
  await chronology.add({ precision: 'Around a day', day: '2026-01-05', text: 'The images reach the school.' });

  // Numbers follow creation; rows follow the date. A month sorts at its first day, before a fact dated that day.
  await expect(chronology.order).toHaveText(['Fact 3', 'Fact 5', 'Fact 2', 'Fact 4', 'Fact 1']);
  await expect(chronology.row(3)).toContainText('between 1 and 5 Jan 2026');
  await expect(chronology.row(3)).toContainText('Material');
  await expect(chronology.row(5)).toContainText('c. 5 Jan 2026');
  await expect(chronology.row(2)).toContainText('March 2026');
  await expect(chronology.row(2)).toContainText('sorted as 1 Mar 2026');
  await expect(chronology.row(2)).toContainText('Disputed by the other side');
  await expect(chronology.row(1)).toContainText('undated');

  await page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Status').selectOption({ label: 'Disputed by the other side' });
  await expect(chronology.order).toHaveText(['Fact 2']);
  await expect(page.getByText('1 of 5 facts')).toBeVisible();

  // Archived numbers are never given again.
  await page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Status').selectOption({ label: 'All' });
  await chronology.row(4).getByRole('button', { name: 'Archive fact 4' }).click();
  await expect(chronology.row(4)).toHaveCount(0);
  await chronology.add({ precision: 'Year', year: '2025', text: 'X launches Grok image generation.' });
  await expect(chronology.order).toHaveText(['Fact 6', 'Fact 3', 'Fact 5', 'Fact 2', 'Fact 1']);
});

test('the date inputs say what is wrong', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  await parties.openNewCase();
  await parties.goTo('Chronology');
  await page.getByRole('button', { name: 'Add fact' }).click();
  await chronology.fill({ precision: 'Between two days', day: '2026-01-05', endDay: '2026-01-01', text: 'Backwards' });
  await chronology.dialog.getByRole('button', { name: 'Add fact' }).click();
  await expect(chronology.dialog.getByLabel('To', { exact: true })).toHaveAccessibleDescription('The second date must not be before the first.');
});

test('a fact created from an evidence item links to it, with parties shown by pseudonym', async ({ page }) => {
  const parties = new PartiesPage(page);
  const evidence = new EvidencePage(page);
  const chronology = new ChronologyPage(page);
  await parties.openNewCase('Fiscalía v X Corp');
  await parties.add({ name: 'Lucía Fernández', role: 'Victim', isProtected: true });
  await parties.goTo('Evidence');
  await evidence.registerByTitle('Grok reply generating the image');
  await expect(evidence.detail).toContainText('E-0001');

  await evidence.detail.getByRole('button', { name: 'Create fact from this item' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Chronology' })).toBeVisible();
  await expect(chronology.dialog.getByLabel('Exhibit number')).toHaveValue('E-0001');
  await expect(chronology.dialog.getByRole('checkbox', { name: /^V-1/ })).toBeVisible();
  await expect(chronology.dialog).not.toContainText('Lucía');
  await chronology.fill({ precision: 'Day', day: '2026-01-05', text: 'Grok replies with a sexualised image of V-1.', exhibits: [{ pinpoint: 'p. 2' }], parties: ['V-1'] });
  await chronology.dialog.getByRole('button', { name: 'Add fact' }).click();
  await expect(chronology.dialog).toBeHidden();

  await expect(chronology.row(1)).toContainText('5 Jan 2026');
  await expect(chronology.row(1)).toContainText('V-1');
  await expect(chronology.table).not.toContainText('Lucía');
  await page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Party').selectOption({ label: 'V-1' });
  await expect(chronology.order).toHaveText(['Fact 1']);

  // An unknown exhibit number is refused, not silently dropped.
  await chronology.row(1).getByRole('button', { name: 'Edit fact 1' }).click();
  await chronology.dialog.getByLabel('Exhibit number').fill('E-0099');
  await chronology.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(chronology.dialog.getByLabel('Exhibit number')).toHaveAccessibleDescription(/no exhibit with this number/);
  await chronology.dialog.getByRole('button', { name: 'Cancel' }).click();

  await chronology.row(1).getByRole('link', { name: 'E-0001 (p. 2)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
  await expect(evidence.detail.getByRole('heading', { level: 3 }).first()).toContainText('E-0001');

  // The party screen lists the facts linked to each party and opens the chronology filtered to it.
  await parties.goTo('Parties');
  await parties.row('Lucía Fernández').getByRole('link', { name: 'Fact 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Chronology' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Filter the chronology' }).getByLabel('Party')).toHaveValue(/.+/);
  await expect(page.getByText('1 of 1 facts').or(page.getByText('1 fact', { exact: true }))).toBeVisible();
  await expect(chronology.order).toHaveText(['Fact 1']);
});

test('the chronology speaks Spanish', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  await parties.openNewCase('Pérez c. X Corp');
  await parties.goTo('Chronology');
  await chronology.add({ precision: 'Month', month: '2026-03', text: 'X publica su informe de transparencia.' });
  await chronology.add({ precision: 'Undated', text: 'Se difunde la imagen.', status: 'Disputed by us' });
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 2, name: 'Cronología' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Hechos por orden cronológico' });
  await expect(table.getByRole('rowheader', { name: 'Hecho 1' })).toBeVisible();
  await expect(table).toContainText('marzo de 2026');
  await expect(table).toContainText('ordenado como 1 mar 2026');
  await expect(table).toContainText('sin fecha');
  await expect(table).toContainText('Controvertido por nosotros');
  await expect(table).toContainText('No controvertido');
  await page.getByRole('button', { name: 'Añadir hecho' }).click();
  const dialog = page.getByRole('dialog', { name: 'Añadir hecho' });
  await expect(dialog.getByLabel('Precisión de la fecha')).toContainText('Entre dos días');
  await expect(dialog.getByRole('radio', { name: 'Relevante', exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Estado')).toContainText('Controvertido por la contraparte');
  await expect(dialog.getByLabel('Estado')).toContainText('Prospectivo');
});

test('facts are searched like evidence: accents ignored, phrases kept, matches marked', async ({ page }) => {
  const parties = new PartiesPage(page);
  const chronology = new ChronologyPage(page);
  await parties.openNewCase('Search facts case');
  await parties.goTo('Chronology');
  await chronology.add({ precision: 'Day', day: '2026-01-05', text: 'El niño recibe la imagen por Telegram.' });
  await chronology.add({ precision: 'Day', day: '2026-01-06', text: 'Grok generates a sexual deepfake on request.' });
  const box = page.getByRole('searchbox', { name: 'Search facts' });
  await box.fill('nino');
  await expect(chronology.order).toHaveText(['Fact 1']);
  await expect(chronology.row(1).locator('mark')).toHaveText('niño');
  await box.fill('"sexual deepfake"');
  await expect(chronology.order).toHaveText(['Fact 2']);
  await box.fill('');
  await expect(chronology.order).toHaveText(['Fact 1', 'Fact 2']);
});
