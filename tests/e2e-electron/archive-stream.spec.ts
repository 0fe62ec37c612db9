import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication } from '@playwright/test';
import { expect, skipWithoutElectron, test } from './fixtures';

skipWithoutElectron();

let folder: string;
test.beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'expediente-stream-')); });
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Answers the native Save and Open dialogs with this path, as a user would. */
async function answerDialogs(app: ElectronApplication, path: string) {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, path);
}

test('streamed save and open through the shell: handles only, a partial file until finished, abort deletes it, unknown handles and oversized chunks refused', async ({ electronApp, appWindow }) => {
  const path = join(folder, 'out.expediente');
  await answerDialogs(electronApp, path);
  const outcome = await appWindow.evaluate(async () => {
    const shell = window.expedienteShell!;
    const refusal = (call: Promise<unknown>) => call.then(() => 'accepted', (error: unknown) => String(error));
    const begun = await shell.beginSave({ suggestedName: 'out.expediente' });
    if (begun.status !== 'ready') return { begun };
    await shell.writeChunk({ handle: begun.handle, bytes: new Uint8Array([1, 2, 3]) });
    await shell.writeChunk({ handle: begun.handle, bytes: new Uint8Array([4]) });
    const saved = await shell.finishSave({ handle: begun.handle });
    const opened = await shell.openForRead({});
    const read = opened.status === 'opened' ? [...(await shell.readChunk({ handle: opened.handle, offset: 1, length: 100 })).bytes] : [];
    if (opened.status === 'opened') await shell.closeRead({ handle: opened.handle });
    const again = await shell.beginSave({ suggestedName: 'out.expediente' });
    const handle = again.status === 'ready' ? again.handle : '';
    await shell.writeChunk({ handle, bytes: new Uint8Array(1000) });
    const tooBig = await refusal(shell.writeChunk({ handle, bytes: new Uint8Array(16 * 1024 * 1024 + 1) }));
    const aborted = await shell.abortSave({ handle });
    const unknown = await refusal(shell.writeChunk({ handle: 'ab'.repeat(16), bytes: new Uint8Array(1) }));
    return { begun: { status: begun.status, name: begun.name }, saved, read, tooBig, aborted, unknown };
  });
  expect(outcome).toEqual({
    begun: { status: 'ready', name: 'out.expediente' },
    saved: { status: 'saved', name: 'out.expediente', size: 4 },
    read: [2, 3, 4],
    tooBig: expect.stringContaining('invalid arguments'),
    aborted: { status: 'aborted' },
    unknown: expect.stringContaining('Unknown save handle'),
  });
  // The aborted second save left the first file as it was, and no partial file.
  expect(readdirSync(folder)).toEqual(['out.expediente']);
  expect([...readFileSync(path)]).toEqual([1, 2, 3, 4]);
});

test('a case exports to the chosen file and imports back from it, both streamed', async ({ electronApp, appWindow: page }) => {
  const path = join(folder, 'Streamed.expediente');
  await answerDialogs(electronApp, path);
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill('Streamed v Platform');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Streamed v Platform' }).click();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  const panel = page.getByRole('region', { name: 'Case archive' });
  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  await expect(panel.getByRole('status')).toContainText('Archive saved as Streamed.expediente');
  expect(readdirSync(folder)).toEqual(['Streamed.expediente']);
  expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Import case archive…' }).click();
  await page.getByRole('dialog', { name: 'Import case archive' }).getByRole('button', { name: 'Choose archive…' }).click();
  await expect(page.getByText(/Case “Streamed v Platform” imported/)).toBeVisible();
});
