import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';

/** Exhibit numbers in the order pdftotext finds their cover sheets ("Exhibit E-0003 …" headings). */
function coverOrder(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const seen: string[] = [];
  for (const m of text.matchAll(/^\s*Exhibit (E-\d{4})\b/gm)) if (!seen.includes(m[1]!)) seen.push(m[1]!);
  return seen;
}

/** Builds the bundle as the form stands and saves it; returns where the PDF was saved. */
async function buildAndSave(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Build bundle' }).click();
  await expect(page.getByRole('heading', { name: 'Bundle ready' })).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  return (await (await download).path())!;
}

test('a lawyer orders the exhibits by hand, leaves one out, and the bundle follows that order', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Order v X Corp');
  await evidence.pick([textFile('first.txt', 'one'), textFile('second.txt', 'two'), textFile('third.txt', 'three'), textFile('fourth.txt', 'four')]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();

  await page.getByLabel('Order of exhibits').selectOption('custom');
  const list = page.getByRole('list', { name: 'Exhibits in bundle order' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  // E-0004 to the top with the buttons (three moves), E-0002 left out.
  for (let i = 0; i < 3; i++) await list.getByRole('button', { name: /^Move E-0004 .* up$/ }).click();
  await list.getByRole('checkbox', { name: /^Include E-0002 / }).uncheck();
  // And E-0001 dragged below E-0003 with the keyboard on its handle.
  await expect(list.getByRole('listitem').nth(0)).toContainText('E-0004');
  const handle = list.getByRole('button', { name: /^Move E-0001 .*Space/ });
  await handle.focus();
  // Each step waits for the row to be held, then for what a screen reader is told, so a slow machine does not drop before the move.
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('E-0001 first.txt is over position 3 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('E-0001 first.txt dropped at position 3 of 3.')).toBeAttached();
  await expect(list.getByRole('listitem').nth(1)).toContainText('E-0003');
  await expect(list.getByRole('listitem').nth(2)).toContainText('E-0001');
  await expect(list.getByRole('listitem').nth(3)).toContainText('E-0002');
  await expect(page.getByText('3 of 4 exhibits chosen.', { exact: false })).toBeVisible();

  const path = await buildAndSave(page);
  expect(coverOrder(path)).toEqual(['E-0004', 'E-0003', 'E-0001']);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/3 chosen, in the order\s+chosen/);
});

test('an exhibit left out in the custom list is back in when the order is switched to exhibit number', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Switch v X Corp');
  await evidence.pick([textFile('first.txt', 'one'), textFile('second.txt', 'two'), textFile('third.txt', 'three')]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  await page.getByLabel('Order of exhibits').selectOption('custom');
  const list = page.getByRole('list', { name: 'Exhibits in bundle order' });
  await list.getByRole('checkbox', { name: /^Include E-0002 / }).uncheck();
  await list.getByRole('button', { name: /^Move E-0003 .* up$/ }).click();
  // The list is hidden under number order, so its choices must not apply unseen.
  await page.getByLabel('Order of exhibits').selectOption('number');
  const path = await buildAndSave(page);
  expect(coverOrder(path)).toEqual(['E-0001', 'E-0002', 'E-0003']);
  // Back to Custom, the hand-made choices are still there.
  await page.getByLabel('Order of exhibits').selectOption('custom');
  await expect(list.getByRole('listitem').nth(0)).toContainText('E-0003');
  await expect(list.getByRole('checkbox', { name: /^Include E-0002 / })).not.toBeChecked();
});
