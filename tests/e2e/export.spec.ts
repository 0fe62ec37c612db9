import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { pngNamedAsPdf, textFile } from './support/files';

test('a court bundle is built in a worker, saved, checked by qpdf and pdftotext, and recorded in custody', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Łukasz Żółć v X Corp');
  await evidence.pick([pngNamedAsPdf(), textFile('chat Ελλάδα Москва niño.txt', 'chat')]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();

  await page.getByLabel('Confidentiality legend').fill('CONFIDENTIAL — NOT FOR PUBLICATION');
  await page.getByLabel('Prepared by').fill('Ana Núñez, solicitor');
  await page.getByRole('button', { name: 'Build bundle' }).click();
  await expect(page.getByRole('heading', { name: 'Bundle ready' })).toBeVisible({ timeout: 60_000 });
  const summary = await page.getByText(/pages, .* MB/).textContent();
  const pages = Number(/(\d+) pages/.exec(summary ?? '')?.[1]);
  expect(pages).toBeGreaterThan(5);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Łukasz Żółć v X Corp - bundle \d{4}-\d{2}-\d{2}\.pdf$/);
  const path = (await file.path())!;
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await expect(page.getByText(`SHA-256 ${sha256}`)).toBeVisible();

  execFileSync('qpdf', ['--check', path]);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Łukasz Żółć v X Corp');
  expect(text).toContain('CONFIDENTIAL — NOT FOR PUBLICATION');
  expect(text).toContain('E-0001');

  await expect(page.getByRole('table', { name: 'Exports of this case' })).toContainText(sha256);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  await evidence.open('E-0002');
  await expect(evidence.custody()).toContainText('Exported');
  await expect(evidence.custody()).toContainText(`bundle SHA-256 ${sha256}`);
});
