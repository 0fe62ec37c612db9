import { expect, test, type Page } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { exportPlainArchive, openArchive, tamperedCopy } from './support/archive-files';
import { textFile } from './support/files';
import { openCaseId } from './support/indexeddb';
import { saveByDownload } from './support/save-picker';

// Saves land as downloads here (the fallback of browsers without the File System Access API); archive-stream.spec covers the picker.
test.beforeEach(async ({ page }) => saveByDownload(page));

const screenshotsDir = 'test-results/archive-screens';

// Tall enough for the whole merge preview in one screenshot.
test.use({ viewport: { width: 1280, height: 1100 } });

async function auditCount(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Intact' });
  await expect(status).toBeVisible();
  const count = Number(/Intact: (\d+) audit entries/.exec((await status.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  return count;
}

test('a case edited by co-counsel merges back: the preview lists the change and the new exhibit, the choices apply, and every change is audited', async ({ page }) => {
  test.setTimeout(180_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Doe v X Corp');
  const oursId = openCaseId(page);
  await evidence.pick([textFile('post.txt', 'A post that shows the deepfake was recommended')]);
  await evidence.registerByTitle('Platform reply');
  const original = await exportPlainArchive(page);

  // Co-counsel's machine: the archive imported as a new case, an exhibit retitled, one added.
  const imported = await openArchive(page, original.path);
  await expect(imported).toBeHidden({ timeout: 30_000 });
  await evidence.retitle('E-0002', 'Platform reply of 3 March');
  await evidence.registerByTitle('Grok output shared 40,000 times');
  const back = await exportPlainArchive(page);

  // Meanwhile we registered our own third exhibit: their E-0003 must not take its number.
  await page.goto(`/#/cases/${oursId}/evidence`);
  await evidence.registerByTitle('Our own third exhibit');
  const before = await auditCount(page);

  const dialog = await openArchive(page, back.path, oursId);
  await expect(dialog.getByRole('heading', { name: /Merge “.*” into “Doe v X Corp”/ })).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('a copy of this case imported on another machine');
  const summary = dialog.getByRole('table', { name: 'Summary' });
  await expect(summary.getByRole('row', { name: /^Evidence/ })).toHaveText(/Evidence\s*1\s*1\s*1\s*1\s*1/);
  const rows = dialog.getByRole('list', { name: 'Evidence' });
  const changed = rows.getByRole('listitem').filter({ hasText: 'E-0002 · Platform reply' });
  await expect(changed.getByRole('table')).toContainText(/Title\s*Platform reply\s*Platform reply of 3 March/);
  const added = rows.getByRole('listitem').filter({ hasText: 'Grok output shared 40,000 times' });
  await expect(added).toContainText('E-0004 · Grok output shared 40,000 times');
  await expect(added).toContainText('E-0003 in the archive is already used here by “E-0003 · Our own third exhibit”: added as E-0004.');
  await expect(added.getByLabel('Include')).toBeChecked();
  await expect(changed.getByLabel('Keep ours')).toBeChecked();
  await dialog.screenshot({ path: `${screenshotsDir}/merge-preview.png` });

  await changed.getByLabel('Take theirs').check();
  await dialog.getByRole('button', { name: 'Merge into this case' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Archive merged into “Doe v X Corp”' })).toContainText('1 added, 1 updated');
  await expect(evidence.row('E-0002')).toContainText('Platform reply of 3 March');
  await expect(evidence.row('E-0003')).toContainText('Our own third exhibit');
  await expect(evidence.row('E-0004')).toContainText('Grok output shared 40,000 times');
  await evidence.open('E-0004');
  await expect(evidence.custody()).toContainText(/Added from a merged archive\s*Added from archive .*: E-0004 · Grok output/);
  await evidence.open('E-0002');
  await expect(evidence.custody()).toContainText(/Updated from a merged archive\s*Updated from archive .*: E-0002 · Platform reply — title/);
  // One entry per added or updated row, one for the merge itself; the archive's own log is not spliced in.
  expect(await auditCount(page)).toBe(before + 3);
});

test('a merge whose archive fails verification writes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Roe v TikTok');
  const oursId = openCaseId(page);
  await evidence.pick([textFile('chat.txt', 'The chat where the image was shared')]);
  const archive = await exportPlainArchive(page);
  const tampered = await tamperedCopy(archive.path, 'The chat where the image was shared');
  await page.goto(`/#/cases/${oursId}/evidence`);
  await evidence.registerByTitle('Registered after the export');
  const before = await auditCount(page);

  const dialog = await openArchive(page, tampered, oursId);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The archive was not imported. Nothing was written.');
  await expect(alert).toContainText('A file does not match the SHA-256 recorded for it.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.goto(`/#/cases/${oursId}/evidence`);
  expect(await auditCount(page)).toBe(before);
  await expect(evidence.register.getByRole('row')).toHaveCount(3); // header + two exhibits
});
