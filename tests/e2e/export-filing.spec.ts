import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { PartiesPage } from './pages/parties-page';
import { textFile } from './support/files';

test('a filing bundle never carries a protected name: not in its text, its bookmarks, its properties or the suggested file name', async ({ page }) => {
  test.setTimeout(120_000);
  const parties = new PartiesPage(page);
  await parties.openNewCase('Lucía Fernández v X Corp');
  await parties.add({ name: 'Lucía Fernández', role: 'Victim', kind: 'Person', isProtected: true });
  await expect(parties.row('Lucía Fernández')).toContainText('Protected — filings use V-1');
  const evidence = new EvidencePage(page);
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Evidence' }).click();
  await evidence.pick([textFile('Lucía Fernández chat.txt', 'chat')]);
  await sections.getByRole('link', { name: 'Export' }).click();

  await page.getByRole('radio', { name: /^Filing/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Include privileged notes on exhibit cover sheets' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Build bundle' }).click();
  await expect(page.getByRole('heading', { name: 'Bundle ready' })).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^V-1 v X Corp - bundle \d{4}-\d{2}-\d{2}\.pdf$/);
  const path = (await file.path())!;

  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('V-1 v X Corp');
  expect(text).not.toContain('Lucía');
  // Properties and bookmarks too (pdfinfo prints the Title; qpdf --json lists every outline title).
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+.*V-1/);
  expect(info).not.toContain('Lucía');
  const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' });
  expect(outline).toContain('V-1');
  expect(outline).not.toContain('Luc');
});
