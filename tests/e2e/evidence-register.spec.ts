import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { openCaseId } from './support/indexeddb';

test('the register form checks each field and warns without blocking', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await page.getByRole('button', { name: 'Register evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register evidence' });

  await dialog.getByLabel('Title').fill('Grok reply generating the image');
  await dialog.getByLabel('Source URL').fill('not a url');
  await dialog.getByLabel('Captured at').fill('2099-01-01T10:00');
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog.getByLabel('Source URL')).toHaveAccessibleDescription(/Enter a full web address/);
  await expect(dialog.getByLabel('Captured at')).toHaveAccessibleDescription(/cannot be in the future/);

  await dialog.getByLabel('Source URL').fill('https://x.com/grok/status/1875550000000000000');
  await dialog.getByLabel('Kind').selectOption('post');
  await dialog.getByLabel('Platform', { exact: true }).fill('X');
  await dialog.getByLabel('Author or account').fill('@grok');
  await dialog.getByLabel('Capture time zone').fill('Europe/Madrid');
  await dialog.getByLabel('Captured at').fill('2026-01-05T21:15');
  await dialog.getByLabel('Published at').fill('2026-01-06T08:00');
  await dialog.getByLabel('Captured by').fill('Ana Núñez (paralegal)');
  await expect(dialog.getByText('The publication date is after the capture date')).toBeVisible();
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(dialog).toBeHidden();

  await expect(evidence.detail).toContainText('E-0001');
  await expect(evidence.detail).toContainText('https://x.com/grok/status/1875550000000000000');
  await expect(evidence.detail).toContainText('(Europe/Madrid)');
  await expect(evidence.custody()).toContainText('Captured by Ana Núñez (paralegal)');
});

test('editing an item logs which fields changed; renumbering is explicit and refuses a taken number', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  for (const title of ['First', 'Second']) {
    await page.getByRole('button', { name: 'Register evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register evidence' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog).toBeHidden();
  }
  await evidence.open('E-0002');
  await evidence.detail.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit evidence' });
  await dialog.getByLabel('Title').fill('Second, retitled');
  await dialog.getByLabel('Notes').fill('Checked against the platform export.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(evidence.custody()).toContainText('E-0002 edited: title, notes');

  await evidence.detail.getByRole('button', { name: 'Renumber' }).click();
  await evidence.detail.getByLabel('New exhibit number').fill('E-0001');
  await evidence.detail.getByRole('button', { name: 'Renumber' }).last().click();
  await expect(evidence.detail.getByRole('alert')).toContainText('That number is already used by “First”.');
  await evidence.detail.getByLabel('New exhibit number').fill('E-0010');
  await evidence.detail.getByRole('button', { name: 'Renumber' }).last().click();
  await expect(evidence.custody()).toContainText('E-0002 renumbered to E-0010');
  await expect(evidence.row('E-0010')).toBeVisible();
});

test('the register handles 100,000 items: sortable, keyboard-navigable to the last row', async ({ page }) => {
  test.setTimeout(180_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Bulk case');
  const caseId = openCaseId(page);
  // Test hook: seed straight into IndexedDB (the import feature will do this through the app).
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('expediente');
      r.onsuccess = () => resolve(r.result);
    });
    // The stored layout (renderer/src/db/evidence-page-rows.ts, evidence-directory.ts): pages of 500 items,
    // and each page's directory row listing its ids and exhibit numbers between NULs.
    const tx = db.transaction(['evidencePages', 'evidenceDirectory', 'cases'], 'readwrite');
    const store = tx.objectStore('evidencePages');
    const directory = tx.objectStore('evidenceDirectory');
    const platforms = ['X', 'TikTok', 'Instagram', 'Telegram'];
    let items: { id: string; exhibitNo: string }[] = [];
    const flush = (page: number) => {
      const list = (keys: string[]) => `\u0000${keys.join('\u0000')}\u0000`;
      store.add({ caseId: id, page, shas: [], items });
      directory.add({ caseId: id, page, ids: list(items.map((i) => i.id)), exhibitNos: list(items.map((i) => i.exhibitNo)) });
      items = [];
    };
    for (let n = 1; n <= 100_000; n += 1) {
      items.push({
        id: `seed-${n}`, caseId: id, exhibitNo: `E-${String(n).padStart(4, '0')}`, title: `Seeded item ${n}`, kind: 'post',
        platform: platforms[n % 4], sourceUrl: '', platformContentId: '', account: '', publishedAt: null,
        capturedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(), captureTimeZone: 'UTC', capturedBy: '',
        captureMethod: '', description: '', sensitivity: 'normal', hashes: { sha256: null, pdq: null }, attachment: null,
        externalReference: '', tagIds: [], reviewStatus: 'unreviewed', notes: '', archivedAt: null,
      } as { id: string; exhibitNo: string });
      if (items.length === 500) flush(n / 500 - 1);
    }
    const cases = tx.objectStore('cases');
    const request = cases.get(id);
    request.onsuccess = () => cases.put({ ...request.result, lastExhibitCounter: 100_000 });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, caseId);

  // The whole register is read by workers, a part of 20,000 items each, not by the page (register-read-client.ts).
  const readers: string[] = [];
  page.on('worker', (worker) => { if (worker.url().includes('register-read-worker')) readers.push(worker.url()); });
  const warnings: string[] = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.reload();
  await expect(page.getByText('100,000 items')).toBeVisible({ timeout: 60_000 });
  expect(readers.length).toBeGreaterThanOrEqual(5);
  expect(warnings.filter((w) => w.includes('cannot run in a worker'))).toEqual([]);
  // Only the rows in view are in the page.
  expect(await evidence.register.getByRole('row').count()).toBeLessThan(80);

  await evidence.register.focus();
  await page.keyboard.press('End');
  await expect(evidence.row('E-100000')).toBeVisible();
  await expect(evidence.row('E-100000')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(evidence.row('E-99999')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(evidence.detail).toContainText('Seeded item 99999');

  await evidence.register.getByRole('button', { name: 'Title' }).click();
  await expect(evidence.register.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await evidence.register.getByRole('button', { name: 'Title' }).click();
  await expect(evidence.register.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await evidence.register.focus();
  await page.keyboard.press('Home');
  await expect(evidence.register.getByRole('row', { selected: true })).toContainText('Seeded item 100000');
});
