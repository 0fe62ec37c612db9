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

test('the shell writes, lists and reads backups, and refuses paths', async ({ appWindow }) => {
  const outcome = await appWindow.evaluate(async () => {
    const shell = window.expedienteShell!;
    const written = await shell.writeBackup({ caseId: 'case-1', caseTitle: 'Doe v X', bytes: new Uint8Array([1, 2, 3]), keep: 2 });
    const listed = await shell.listBackups();
    const name = written.status === 'written' ? written.fileName : '';
    const read = await shell.readBackup({ caseId: 'case-1', fileName: name });
    let refused = '';
    try {
      await shell.readBackup({ caseId: '..', fileName: name });
    } catch (error) {
      refused = String(error);
    }
    return { written: written.status, count: listed.status === 'listed' ? listed.backups.length : -1, read: read.status === 'read' ? [...read.bytes] : read.status, refused };
  });
  expect(outcome).toEqual({ written: 'written', count: 1, read: [1, 2, 3], refused: expect.stringContaining('invalid arguments') });
});
