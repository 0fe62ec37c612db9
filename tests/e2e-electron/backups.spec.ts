import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, launchExpediente, skipWithoutElectron, test } from './fixtures';

skipWithoutElectron();

test('quitting backs up the open case; the backup restores as a new case', async ({ userDataDir }) => {
  const title = 'Backup v. Platform X';
  const first = await launchExpediente(userDataDir);
  const page = await first.firstWindow();
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill(title);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('table').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // Quitting waits for the page to write the open case's backup.
  await first.close();

  const backups = join(userDataDir, 'Backups');
  const folders = readdirSync(backups);
  expect(folders).toHaveLength(1);
  expect(readdirSync(join(backups, folders[0]!)).filter((n) => n.endsWith('.expediente'))).toHaveLength(1);

  const second = await launchExpediente(userDataDir);
  const again = await second.firstWindow();
  await again.getByRole('button', { name: 'Restore from backup…' }).click();
  const restore = again.getByRole('dialog', { name: 'Restore from an automatic backup' });
  await expect(restore.getByRole('cell', { name: title })).toBeVisible();
  await restore.getByRole('button', { name: /^Restore the backup of Backup v\. Platform X/ }).click();
  // The archive is verified and imported as a new case, which opens.
  await expect(again.getByRole('heading', { name: title })).toBeVisible();
  await again.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(again.getByRole('table').getByRole('link', { name: title })).toHaveCount(2);
  await second.close();
});

test('the shell streams a backup into place, lists it, reads it by ranges, and refuses paths', async ({ appWindow }) => {
  const outcome = await appWindow.evaluate(async () => {
    const shell = window.expedienteShell!;
    const begun = await shell.beginBackup({ caseId: 'case-1', caseTitle: 'Doe v X', keep: 2 });
    if (begun.status !== 'ready') return { begun: begun.status };
    await shell.writeChunk({ handle: begun.handle, bytes: new Uint8Array([1, 2, 3]) });
    // Not a backup until it is finished.
    const whileWriting = await shell.listBackups();
    await shell.finishSave({ handle: begun.handle });
    const listed = await shell.listBackups();
    const opened = await shell.openBackup({ caseId: 'case-1', fileName: begun.fileName });
    const read = opened.status === 'opened' ? [...(await shell.readChunk({ handle: opened.handle, offset: 1, length: 2 })).bytes] : opened.status;
    if (opened.status === 'opened') await shell.closeRead({ handle: opened.handle });
    let refused = '';
    try {
      await shell.openBackup({ caseId: '..', fileName: begun.fileName });
    } catch (error) {
      refused = String(error);
    }
    const count = (l: typeof listed) => (l.status === 'listed' ? l.backups.length : -1);
    return { begun: begun.status, whileWriting: count(whileWriting), count: count(listed), read, refused };
  });
  expect(outcome).toEqual({ begun: 'ready', whileWriting: 0, count: 1, read: [2, 3], refused: expect.stringContaining('invalid arguments') });
});
