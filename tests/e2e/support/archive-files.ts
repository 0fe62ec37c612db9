import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Exports the open case as a plain (unencrypted) archive from its Export section; returns the saved file. */
export async function exportPlainArchive(page: Page) {
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  const panel = page.getByRole('region', { name: 'Case archive' });
  await panel.getByLabel('Encrypt with a passphrase').uncheck();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  const file = await download;
  // Under the name the app suggested, as a user would open it (the download itself has a random name).
  const path = join(await mkdtemp(join(tmpdir(), 'expediente-')), file.suggestedFilename());
  await copyFile((await file.path())!, path);
  await expect(panel.getByRole('status')).toContainText('SHA-256');
  return { path, name: file.suggestedFilename() };
}

/** Opens the import dialog, picks what to do with the archive, then chooses the file. */
export async function openArchive(page: Page, path: string, mergeIntoCaseId: string | null = null) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Import case archive…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import case archive' });
  if (mergeIntoCaseId) {
    await dialog.getByLabel('Merge into an existing case').check();
    await dialog.getByLabel('Case to merge into').selectOption(mergeIntoCaseId);
  }
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose archive…' }).click();
  await (await chooser).setFiles(path);
  return dialog;
}

/** A copy of an archive with one byte of a stored file changed (its SHA-256 no longer matches the manifest). */
export async function tamperedCopy(path: string, text: string): Promise<string> {
  const bytes = await readFile(path);
  const at = bytes.indexOf(Buffer.from(text, 'utf8'));
  if (at < 0) throw new Error(`"${text}" is not stored plainly in the archive`);
  bytes[at] = bytes[at]! ^ 0x20;
  const out = `${path}-tampered-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.expediente`;
  await writeFile(out, bytes);
  return out;
}
