import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { markedFile, textFile } from './support/files';
import { saveByDownload } from './support/save-picker';

// Saves land as downloads here (the fallback of browsers without the File System Access API); archive-stream.spec covers the picker.
test.beforeEach(async ({ page }) => saveByDownload(page));

const PASSPHRASE = 'una frase larga y secreta';
const screenshotsDir = 'test-results/archive-screens';

async function exportArchive(page: Page, passphrase: string | null) {
  const panel = page.getByRole('region', { name: 'Case archive' });
  const encrypt = panel.getByLabel('Encrypt with a passphrase');
  if (passphrase) {
    await encrypt.check();
    await panel.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await panel.getByLabel('Repeat the passphrase').fill(passphrase);
  } else await encrypt.uncheck();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  const file = await download;
  const path = (await file.path())!;
  const bytes = await readFile(path);
  return { path, bytes, name: file.suggestedFilename(), sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function chooseArchive(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import case archive…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import case archive' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose archive…' }).click();
  await (await chooser).setFiles(path);
  return dialog;
}

test('a case exports to an encrypted archive and imports back as a new case with its exhibits, verified intact', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Doe v X Corp (archive)');
  await evidence.pick([textFile('post.txt', 'A post that shows the deepfake was recommended')]);
  await evidence.registerAs('Withheld');
  const withheld = markedFile('withheld.png');
  await evidence.pick([withheld]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();

  // A passphrase too short, then two that differ, are refused before anything is written.
  const panel = page.getByRole('region', { name: 'Case archive' });
  await panel.getByLabel('Encrypt with a passphrase').check();
  await panel.getByLabel('Passphrase', { exact: true }).fill('short');
  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  await expect(panel.getByText('Use at least 10 characters.')).toBeVisible();
  await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  await expect(panel.getByText('The two passphrases differ.')).toBeVisible();
  await panel.screenshot({ path: `${screenshotsDir}/export-panel.png` });

  const sealed = await exportArchive(page, PASSPHRASE);
  expect(sealed.name).toMatch(/^Doe v X Corp \(archive\) - \d{4}-\d{2}-\d{2}\.expediente$/);
  expect(sealed.bytes.subarray(0, 8).toString('latin1')).toBe('EXPDNC01');
  for (const secret of ['deepfake was recommended', 'case.json', withheld.marker]) expect(sealed.bytes.toString('latin1')).not.toContain(secret);
  await expect(panel.getByRole('status')).toContainText(`SHA-256 ${sealed.sha256}`);
  const history = page.getByRole('table', { name: 'Exports of this case' });
  await expect(history).toContainText(sealed.sha256);
  await expect(history).toContainText('Case archive (encrypted)');

  const plain = await exportArchive(page, null);
  expect(plain.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(plain.bytes.toString('latin1')).toContain('deepfake was recommended'); // stored, not deflated
  expect(plain.bytes.toString('latin1')).not.toContain(withheld.marker);

  await evidence.app.goToCases();
  const dialog = await chooseArchive(page, sealed.path);
  await expect(dialog.getByText('This archive is encrypted. Enter its passphrase.')).toBeVisible();
  await dialog.getByLabel('Passphrase').fill('not the passphrase');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText('Wrong passphrase.')).toBeVisible();
  await dialog.screenshot({ path: `${screenshotsDir}/import-passphrase.png` });
  await expect(page.getByRole('table', { name: 'Your cases' }).getByRole('row')).toHaveCount(2); // header + the one case

  await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/Case “Doe v X Corp \(archive\)” imported: 2 exhibits, 1 files/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
  await expect(evidence.row('E-0001')).toBeVisible();
  await expect(evidence.row('E-0002')).toBeVisible();
  await evidence.open('E-0002');
  await expect(evidence.detail).toContainText(withheld.sha256);

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toContainText(/Intact: \d+ audit entries, 1 files, head hash [0-9a-f]{64}/);

  await evidence.app.goToCases();
  await expect(evidence.app.caseTable.getByRole('rowheader', { name: /Doe v X Corp \(archive\)/ })).toHaveCount(2);
});

test('a file that is not an archive is refused with what failed, and no case is written', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.app.open();
  const dialog = await chooseArchive(page, 'tests/e2e/archive.spec.ts');
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The archive was not imported. Nothing was written.');
  await expect(alert).toContainText('This is not a case archive.');
  await expect(alert).toContainText('What failed: This file is not a case archive (it is not a zip file)');
  await dialog.screenshot({ path: `${screenshotsDir}/import-refused.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
});
