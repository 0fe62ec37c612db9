import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';

test('tags are toggled in the detail panel and shown in the register', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('post.txt', 'a post')]);
  await evidence.open('E-0001');
  const platform = evidence.detail.getByRole('group', { name: 'Platform' });
  await platform.getByRole('button', { name: 'X' }).click();
  await expect(platform.getByRole('button', { name: 'X' })).toHaveAttribute('aria-pressed', 'true');
  // Single choice: TikTok replaces X.
  await platform.getByRole('button', { name: 'TikTok' }).click();
  await expect(platform.getByRole('button', { name: 'X' })).toHaveAttribute('aria-pressed', 'false');
  await evidence.detail.getByRole('group', { name: 'Harm' }).getByRole('button', { name: 'Sexual deepfake' }).click();
  await expect(evidence.row('E-0001')).toContainText('TikTok');
  await expect(evidence.row('E-0001')).toContainText('Sexual deepfake');
  await expect(evidence.custody()).toContainText('E-0001 coded: tags');
});

test('coding and new items in a second window reach the register open in the first, and nothing else changes', async ({ page, context }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick(['a', 'b', 'c'].map((n) => textFile(`${n}.txt`, `content ${n}`)));
  await expect(page.getByText('3 items')).toBeVisible();

  // The same case in another window (tab) of the app, as a colleague at the same desk would have it.
  const other = new EvidencePage(await context.newPage());
  await other.page.goto(page.url());
  await other.open('E-0002');
  await other.detail.getByRole('group', { name: 'Harm' }).getByRole('button', { name: 'Sexual deepfake' }).click();
  await other.registerByTitle('Screenshot logged in the other window');

  await expect(evidence.row('E-0002')).toContainText('Sexual deepfake');
  await expect(evidence.row('E-0004')).toContainText('Screenshot logged in the other window');
  await expect(page.getByText('4 items')).toBeVisible();
  for (const n of ['E-0001', 'E-0003', 'E-0004']) await expect(evidence.row(n)).not.toContainText('Sexual deepfake');
});

test('bulk-tag a filtered selection in one action, then undo it as a whole', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick(['a', 'b', 'c', 'd'].map((n) => textFile(`${n}.txt`, `content ${n}`)));
  await evidence.registerAs('Restricted');
  await evidence.pick([textFile('e.txt', 'content e')]);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  const filters = page.getByRole('search', { name: 'Filter the register' });
  await filters.getByRole('combobox', { name: 'Sensitivity' }).selectOption('normal');
  await expect(page.getByText('4 of 5 items')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Sensitivity: Normal');

  await evidence.register.getByRole('checkbox', { name: 'Tick all 4 items shown' }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk coding' });
  await expect(bulk).toContainText('4 ticked');
  await bulk.getByRole('combobox', { name: 'Add tag' }).selectOption({ label: 'Hot' });
  await expect(page.getByRole('status').filter({ hasText: 'coded' })).toContainText('4 items coded.');
  for (const n of ['E-0001', 'E-0002', 'E-0003', 'E-0004']) await expect(evidence.row(n)).toContainText('Hot');

  // The restricted item was outside the filter and stays untouched.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(evidence.row('E-0005')).not.toContainText('Hot');

  await bulk.getByRole('button', { name: 'Undo last coding (4 items)' }).click();
  for (const n of ['E-0001', 'E-0002', 'E-0003', 'E-0004']) await expect(evidence.row(n)).not.toContainText('Hot');
});

test('filter chips combine, are removable, and the count follows', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('one.txt', '1'), textFile('two.txt', '2')]);
  await evidence.open('E-0001');
  await evidence.detail.getByRole('group', { name: 'Review' }).getByRole('button', { name: 'Relevant', exact: true }).click();
  const filters = page.getByRole('search', { name: 'Filter the register' });
  await filters.getByRole('combobox', { name: 'Add a tag…' }).selectOption({ label: 'Relevant' });
  await expect(page.getByText('1 of 2 items')).toBeVisible();
  await filters.getByRole('combobox', { name: 'How the chosen tags combine' }).selectOption('none');
  await expect(evidence.row('E-0002')).toBeVisible();
  await expect(evidence.row('E-0001')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove filter None of: Relevant' }).click();
  await expect(page.getByText('2 items')).toBeVisible();
});

test('the list exports as CSV that spreadsheets open safely', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Pérez c. X Corp');
  await evidence.pick([textFile('=HYPERLINK("http://evil.example").txt', 'x'), textFile('niño.txt', 'y')]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export list as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Pérez c\. X Corp - evidence register \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('"Exhibit","Title","Kind","Platform","Captured (UTC)","Sensitivity","Tags","Review"\r\n');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"").txt"`);
  expect(text).toContain('"niño.txt"');
});

test('ten items coded by keyboard alone in review mode', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick(Array.from({ length: 10 }, (_, i) => textFile(`capture-${i + 1}.txt`, `capture ${i + 1}`)));
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('button', { name: 'Review with the keyboard' }).focus();
  await page.keyboard.press('Enter');
  const review = page.getByRole('region', { name: 'Review mode' });
  await expect(review).toBeFocused();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Sexual deepfake');
  await page.keyboard.press('?');

  for (let n = 1; n <= 10; n += 1) {
    await expect(review).toContainText(`Item ${n} of 10`);
    await expect(review.getByRole('heading', { level: 3, name: `E-${String(n).padStart(4, '0')} capture-${n}.txt` })).toBeVisible();
    // The register holds rows without attachments: the item on screen is read whole and shows its file.
    await expect(review.locator('.attachment__file')).toHaveText(`capture-${n}.txt · text/plain`);
    await page.keyboard.press('d'); // Sexual deepfake
    await page.keyboard.press(n % 2 ? '1' : '2'); // Hot / Relevant (single choice)
    await expect(review.getByRole('button', { name: 'Sexual deepfake' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter'); // save and next
    if (n < 10) await expect(review).toContainText(`Item ${n + 1} of 10`);
  }
  await page.keyboard.press('k');
  await expect(review).toContainText('Item 9 of 10');
  await page.keyboard.press('Escape');

  for (let n = 1; n <= 10; n += 1) {
    const row = evidence.row(`E-${String(n).padStart(4, '0')}`);
    await expect(row).toContainText('Sexual deepfake');
    await expect(row).toContainText(n % 2 ? 'Hot' : 'Relevant');
    await expect(row).toContainText('First pass');
  }
});

test('a saved view keeps filter, search, sort and columns, and the default one opens with the register', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('grok reply.txt', '1'), textFile('grok thread.txt', '2'), textFile('tiktok video.txt', '3')]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await evidence.open('E-0002');
  await evidence.detail.getByRole('group', { name: 'Review' }).getByRole('button', { name: 'Hot' }).click();

  await page.getByRole('searchbox', { name: 'Search evidence' }).fill('grok');
  await page.getByRole('search', { name: 'Filter the register' }).getByRole('combobox', { name: 'Add a tag…' }).selectOption({ label: 'Hot' });
  await evidence.register.getByRole('button', { name: 'Title' }).click();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('group', { name: 'Columns' }).getByLabel('Platform').uncheck();
  await expect(evidence.register.getByRole('columnheader', { name: 'Platform' })).toHaveCount(0);
  await expect(page.getByText('1 of 3 items')).toBeVisible();

  await page.getByRole('button', { name: 'Save view…' }).click();
  await page.getByLabel('Name of the view').fill('Hot Grok material');
  await page.getByLabel('Open the register with this view').check();
  await page.getByRole('button', { name: 'Save view', exact: true }).click();
  await expect(page.getByLabel('View', { exact: true })).toHaveValue(/.+/);

  await page.reload();
  await expect(page.getByLabel('View', { exact: true }).locator('option:checked')).toHaveText('Hot Grok material (default)');
  await expect(page.getByRole('searchbox', { name: 'Search evidence' })).toHaveValue('grok');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Any of: Hot');
  await expect(evidence.register.getByRole('columnheader', { name: 'Platform' })).toHaveCount(0);
  await expect(evidence.register.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByText('1 of 3 items')).toBeVisible();
  await expect(evidence.row('E-0002')).toBeVisible();
});

test('the tag manager renames a tag everywhere, refuses a taken key, and merges tags', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('one.txt', '1'), textFile('two.txt', '2')]);
  await evidence.open('E-0001');
  await evidence.detail.getByRole('group', { name: 'Harm' }).getByRole('button', { name: 'Harassment' }).click();
  await expect(evidence.row('E-0001')).toContainText('Harassment');

  await evidence.detail.getByRole('button', { name: 'Manage tags…' }).click();
  const manager = page.getByRole('dialog', { name: 'Tags of this case' });
  const name = manager.getByLabel('Name of Harassment');
  await name.fill('Online harassment');
  await name.press('Tab'); // saved when the field is left
  await expect(evidence.row('E-0001')).toContainText('Online harassment');

  await manager.getByLabel('Review-mode key of Hot').fill('d');
  await manager.getByLabel('Review-mode key of Hot').press('Tab');
  await expect(manager.getByRole('alert')).toContainText('Another tag already uses that key.');

  page.once('dialog', (d) => void d.accept());
  await manager.getByLabel('Merge Online harassment into…').selectOption({ label: 'Non-consensual intimate image' });
  await expect(manager.getByLabel('Name of Online harassment')).toHaveCount(0);
  await manager.getByRole('button', { name: 'Done' }).click();
  await expect(evidence.row('E-0001')).toContainText('Non-consensual intimate image');
  await expect(evidence.custody()).toContainText('merged into “Non-consensual intimate image”');
});
