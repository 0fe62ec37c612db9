import { expect, test } from '@playwright/test';
import { PartiesPage } from './pages/parties-page';

test('protected victims get V-1, V-2 by default; platforms carry their legal entity and seat', async ({ page }) => {
  const parties = new PartiesPage(page);
  await parties.openNewCase('Fiscalía v X Corp');
  await expect(page.getByRole('heading', { name: 'No parties yet' })).toBeVisible();

  await parties.add({ name: 'Lucía Fernández', role: 'Victim', kind: 'Person', isProtected: true });
  await expect(page.getByRole('status')).toContainText('Protected party added as V-1.');
  await expect(parties.row('Lucía Fernández')).toContainText('Protected — filings use V-1');

  await parties.add({ name: 'Мария Иванова', role: 'Victim', kind: 'Person', isProtected: true });
  await expect(parties.row('Мария Иванова')).toContainText('Protected — filings use V-2');

  await parties.add({
    name: 'X', shortName: 'X / Twitter', role: 'Platform (defendant)', kind: 'Company',
    legalEntityName: 'X Internet Unlimited Company', registeredSeat: 'One Cumberland Place, Dublin 2, Ireland',
  });
  const platform = parties.row('X X / Twitter');
  await expect(platform).toContainText('Platform (defendant)');
  await expect(platform).toContainText('X Internet Unlimited Company');
  await expect(platform).toContainText('One Cumberland Place, Dublin 2, Ireland');
  await expect(platform).not.toContainText('Protected');
  await expect(page.getByText('3 parties')).toBeVisible();
});

test('a pseudonym is editable but unique in the case, and is never given again', async ({ page }) => {
  const parties = new PartiesPage(page);
  await parties.openNewCase();
  await parties.add({ name: 'Ana López', role: 'Victim', isProtected: true });
  await parties.add({ name: 'Pablo Ruiz', role: 'Witness', isProtected: true });

  await parties.row('Pablo Ruiz').getByRole('button', { name: 'Edit Pablo Ruiz' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit party' });
  await expect(dialog.getByLabel('Pseudonym')).toHaveValue('V-2');
  await dialog.getByLabel('Pseudonym').fill('v-1');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByLabel('Pseudonym')).toHaveAccessibleDescription(/already uses the pseudonym “v-1”/);
  await dialog.getByLabel('Pseudonym').fill('Testigo A');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(parties.row('Pablo Ruiz')).toContainText('Protected — filings use Testigo A');

  // V-2 was given once; the next protected party gets V-3.
  await parties.add({ name: 'Irene Gil', role: 'Victim', isProtected: true });
  await expect(parties.row('Irene Gil')).toContainText('filings use V-3');

  await parties.row('Ana López').getByRole('button', { name: 'Archive Ana López' }).click();
  await expect(parties.row('Ana López')).toHaveCount(0);
  await page.getByLabel('Show archived parties').check();
  await expect(parties.row('Ana López')).toContainText('filings use V-1');
});

test('the parties screen speaks Spanish', async ({ page }) => {
  const parties = new PartiesPage(page);
  await parties.openNewCase('Pérez c. Meta');
  await parties.add({ name: 'Lucía Fernández', role: 'Victim', isProtected: true });
  await parties.add({ name: 'Meta Platforms Ireland Ltd', role: 'Platform (defendant)', kind: 'Company' });
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 2, name: 'Partes' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Partes del caso' });
  await expect(table.getByRole('columnheader', { name: 'Posición' })).toBeVisible();
  await expect(table).toContainText('Protegida — los escritos usan V-1');
  await expect(table).toContainText('Víctima');
  await expect(table).toContainText('Demandada (plataforma)');
  await page.getByRole('button', { name: 'Añadir parte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Añadir parte' });
  await expect(dialog.getByLabel('Parte protegida (menor o víctima)')).toBeVisible();
  await expect(dialog.getByLabel('Denominación social')).toBeVisible();
  await expect(dialog.getByLabel('Posición')).toContainText('Perito');
});
