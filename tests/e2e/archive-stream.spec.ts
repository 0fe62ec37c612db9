import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { openArchive } from './support/archive-files';
import { privateFileBase64, privateFiles, saveToPrivateFolder } from './support/save-picker';

const MB = 1024 * 1024;

function video(size: number) {
  const buffer = randomBytes(size);
  return { name: 'clip.mp4', mimeType: 'video/mp4', buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

async function caseWithVideo(page: import('@playwright/test').Page, title: string, size: number) {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase(title);
  const clip = video(size);
  await evidence.pick([clip]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  return { evidence, clip, panel: page.getByRole('region', { name: 'Case archive' }) };
}

test('an archive is written straight into the chosen file as it is built, with progress naming the exhibit, and imports back intact', async ({ page }) => {
  test.setTimeout(180_000);
  await saveToPrivateFolder(page, { writeDelayMs: 150 });
  const { evidence, clip, panel } = await caseWithVideo(page, 'Streamed v Platform', 12 * MB);

  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  await expect(panel.getByText(/Writing E-0001 — clip\.mp4: [\d.]+ of 12\.0 MB/)).toBeVisible();
  await expect(panel.getByRole('progressbar', { name: 'Writing the archive' })).toBeVisible();
  const status = panel.getByRole('status');
  await expect(status).toContainText(/SHA-256 [0-9a-f]{64}/, { timeout: 60_000 });
  const recorded = /SHA-256 ([0-9a-f]{64})/.exec((await status.textContent())!)![1]!;

  const [name, ...others] = await privateFiles(page);
  expect(others).toEqual([]); // no swap or partial file left beside it
  expect(name).toMatch(/^Streamed v Platform - \d{4}-\d{2}-\d{2}\.expediente$/);
  const bytes = Buffer.from(await privateFileBase64(page, name!), 'base64');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(bytes.includes(clip.buffer.subarray(0, 4096))).toBe(true); // stored as is, not deflated

  // The file the user would now copy elsewhere, imported back through the streamed reader.
  const path = join(await mkdtemp(join(tmpdir(), 'expediente-')), name!);
  await writeFile(path, bytes);
  const dialog = await openArchive(page, path);
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByText(/Case “Streamed v Platform” imported: 1 exhibits, 1 files/)).toBeVisible();
  await evidence.open('E-0001');
  await expect(evidence.detail).toContainText(clip.sha256);
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toContainText(/Intact: \d+ audit entries, 1 files/);
});

test('Cancel stops the export at once, deletes the unfinished file, and records no export', async ({ page }) => {
  test.setTimeout(120_000);
  await saveToPrivateFolder(page, { writeDelayMs: 1500 });
  const { panel } = await caseWithVideo(page, 'Cancelled v Platform', 10 * MB);

  await panel.getByRole('button', { name: 'Export case archive…' }).click();
  await expect(panel.getByText(/Writing E-0001 — clip\.mp4/)).toBeVisible();
  expect(await privateFiles(page)).toContainEqual(expect.stringMatching(/^Cancelled v Platform - .*\.expediente$/)); // there while being written
  await panel.getByRole('button', { name: 'Cancel export' }).click();
  await expect(panel.getByRole('status')).toHaveText('Export cancelled; the unfinished file was deleted.');
  await expect.poll(() => privateFiles(page)).toEqual([]);
  await expect(page.getByRole('table', { name: 'Exports of this case' }).getByText(/Case archive/)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Export case archive…' })).toBeEnabled();
});
