import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';
import { forgeStoredFile } from './support/indexeddb';

test('a stored file is saved as an exact copy, after its hash is checked, and the copy is in the custody timeline', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const original = textFile('statement.txt', 'the witness statement, as received');
  await evidence.pick([original]);
  await evidence.open('E-0001');

  const download = page.waitForEvent('download');
  await evidence.detail.getByRole('button', { name: 'Save a copy…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('statement.txt');
  expect(await readFile((await file.path())!, 'utf8')).toBe('the witness statement, as received');
  await expect(evidence.custody()).toContainText('Copy saved');
  await expect(evidence.custody()).toContainText(original.sha256);
});

test('a stored file that no longer matches its hash is not saved', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const original = textFile('contract.txt', 'the original wording');
  await evidence.pick([original]);
  await forgeStoredFile(page, original.sha256, 'a forged wording');
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await evidence.open('E-0001');
  await evidence.detail.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(evidence.detail.getByRole('alert')).toContainText('no longer match the recorded SHA-256, so no copy was saved');
  await expect(evidence.custody()).not.toContainText('Copy saved');
  expect(downloaded).toBe(false);
});
