import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';
import { forgeStoredFile, openCaseId } from './support/indexeddb';

test('verify integrity reports an intact case, then the exact entry edited behind the app’s back', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('a.txt', 'alpha'), textFile('b.txt', 'beta')]);

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  // 1 case entry + (register + hash) × 2 items = 5 entries; 2 files.
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toContainText(/Intact: 5 audit entries, 2 files, head hash [0-9a-f]{64}/);

  const caseId = openCaseId(page);
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('expediente');
      r.onsuccess = () => resolve(r.result);
    });
    const store = db.transaction('auditEntries', 'readwrite').objectStore('auditEntries');
    const entry = await new Promise<Record<string, unknown>>((resolve) => {
      const r = store.get([id, 3]);
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise((resolve) => {
      const r = store.put({ ...entry, summary: 'E-0001 registered: something else entirely' });
      r.onsuccess = resolve;
    });
    db.close();
  }, caseId);

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByText('Integrity check failed.')).toBeVisible();
  await expect(page.getByText('Audit entry 3 was altered: its content no longer matches its hash.')).toBeVisible();
});

test('verify integrity names an exhibit whose stored file was altered', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const original = textFile('contract.txt', 'the original wording');
  await evidence.pick([original]);
  await forgeStoredFile(page, original.sha256, 'a forged wording');
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByText(`E-0001: the stored file was altered (expected ${original.sha256}`)).toBeVisible();
});

test('archived items leave the register but keep their history; deleting needs a reason and numbers are never reused', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('one.txt', 'one'), textFile('two.txt', 'two')]);

  await evidence.open('E-0001');
  await evidence.detail.getByRole('button', { name: 'Archive' }).click();
  await expect(evidence.row('E-0001')).toHaveCount(0);
  await page.getByLabel('Show archived items').check();
  await evidence.open('E-0001');
  await expect(evidence.custody()).toContainText('Archived');
  await page.getByLabel('Show archived items').uncheck();

  await evidence.open('E-0002');
  await evidence.detail.getByRole('button', { name: 'Delete…' }).click();
  await evidence.detail.getByRole('button', { name: 'Delete for good' }).click();
  await expect(evidence.detail.getByRole('alert')).toContainText('Give a reason');
  await evidence.detail.getByLabel('Reason for deleting').fill('Court order to purge, ref. 12/2026');
  await evidence.detail.getByRole('button', { name: 'Delete for good' }).click();
  await expect(evidence.row('E-0002')).toHaveCount(0);

  await evidence.pick([textFile('three.txt', 'three')]);
  await expect(evidence.row('E-0003')).toBeVisible();

  // The deletion is on the record and the chain still verifies.
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toContainText('Intact: 9 audit entries, 2 files');
});
