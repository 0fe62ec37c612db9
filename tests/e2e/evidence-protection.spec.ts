import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { markedFile, pngNamedAsPdf } from './support/files';
import { findMarkerInStorage } from './support/indexeddb';

test('withheld intake keeps the hashes and stores not one byte of the content', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const abusive = markedFile('IMG_0001.png');

  await evidence.registerAs('Withheld');
  await expect(page.getByText('each file is hashed in memory and its bytes are discarded')).toBeVisible();
  await evidence.pick([abusive]);
  await expect(evidence.row('E-0001')).toContainText('Withheld');

  await evidence.open('E-0001');
  await expect(evidence.detail).toContainText('Withheld material — not held by this app');
  await expect(evidence.detail).toContainText(abusive.sha256);
  await expect(evidence.detail.getByRole('img')).toHaveCount(0);
  await expect(evidence.custody()).toContainText('withheld: bytes discarded, only hashes kept');

  expect(await findMarkerInStorage(page, abusive.marker)).toEqual([]);
});

test('the storage search does find content that is stored (control for the withheld test)', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const ordinary = markedFile('ordinary.png');
  await evidence.pick([ordinary]);
  expect((await findMarkerInStorage(page, ordinary.marker)).some((hit) => hit.startsWith('files['))).toBe(true);
});

test('switching a stored item to withheld purges its bytes', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const item = markedFile('later-found-abusive.png');
  await evidence.pick([item]);
  await evidence.open('E-0001');
  await evidence.detail.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit evidence' });
  await dialog.getByLabel('Sensitivity').selectOption('withheld');
  await expect(dialog.getByRole('alert')).toContainText('purges the stored file');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(evidence.custody()).toContainText('Bytes purged');
  await expect(evidence.detail).toContainText(item.sha256);
  expect(await findMarkerInStorage(page, item.marker)).toEqual([]);
});

test('restricted material is blurred until revealed, and the reveal is logged', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.registerAs('Restricted');
  await evidence.pick([pngNamedAsPdf()]);
  await evidence.open('E-0001');
  const image = evidence.detail.getByRole('img');
  await expect(image).toHaveClass(/blurred/);
  await expect(evidence.custody()).not.toContainText('Revealed');

  await evidence.detail.getByRole('button', { name: 'Reveal' }).click();
  await expect(image).not.toHaveClass(/blurred/);
  await expect(evidence.custody()).toContainText('Revealed');
  await expect(evidence.custody()).toContainText('E-0001 revealed (restricted material shown)');

  // Revealing is for this session only: after a reload it is hidden again.
  await page.reload();
  await evidence.open('E-0001');
  await expect(evidence.detail.getByRole('img')).toHaveClass(/blurred/);
});
