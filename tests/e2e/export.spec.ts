import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { longPdf, pngNamedAsPdf, textFile } from './support/files';

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

test('Cancel stops a bundle build even in its last phase: no bundle is offered afterwards and nothing is recorded', async ({ page }) => {
  test.setTimeout(180_000);
  // 6,000 pages: the last phase (stamps, links, bookmarks, saving) takes a second or more, time enough to press Cancel in it.
  const files = await Promise.all([1, 2, 3].map((i) => longPdf(`posts ${i}.pdf`, 2000)));
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Nowak v Y Platform');
  await evidence.pick(files);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();

  const progress = page.getByRole('progressbar', { name: 'Building the bundle' });
  const ready = page.getByRole('heading', { name: 'Bundle ready' });
  const cancelled = page.getByText('Bundle build cancelled. Nothing was saved.');
  const bundleWorker = page.waitForEvent('worker', (w) => w.url().includes('bundle-worker'));
  const startedAt = Date.now();
  await page.getByRole('button', { name: 'Build bundle' }).click();
  const worker = await bundleWorker;
  const workerClosed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  // The builder's last phase never yields to the worker's event loop: a Cancel there is the one a message cannot deliver.
  const lastPhase = page.getByText(/: Page numbers, links and bookmarks$/);
  await expect.poll(() => lastPhase.count(), { intervals: [20], timeout: 120_000 }).toBe(1);
  const untilLastPhase = Date.now() - startedAt;
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  await expect(cancelled).toBeVisible({ timeout: 2_000 });
  await expect(progress).toBeHidden();
  await workerClosed;
  // Well past the moment the cancelled build would have finished (checked against a full build below).
  const waited = Math.max(5_000, 2 * untilLastPhase);
  await page.waitForTimeout(waited);
  await expect(ready).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeHidden();
  await expect(cancelled).toBeVisible();
  await expect(page.getByRole('table', { name: 'Exports of this case' })).toBeHidden();

  // A new export starts a fresh worker and builds the whole bundle.
  const rebuildStartedAt = Date.now();
  await page.getByRole('button', { name: 'Build bundle' }).click();
  await expect(ready).toBeVisible({ timeout: 120_000 });
  const fullBuild = Date.now() - rebuildStartedAt;
  expect(waited, 'the wait after Cancel outlasted what was left of the cancelled build').toBeGreaterThan(fullBuild - untilLastPhase);
  expect(Number(/(\d+) pages/.exec((await page.getByText(/pages, .* MB/).textContent()) ?? '')?.[1])).toBeGreaterThan(6000);

  await expect(page.getByRole('table', { name: 'Exports of this case' })).toBeHidden();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  await evidence.open('E-0001');
  await expect(evidence.custody()).toContainText('Registered');
  await expect(evidence.custody()).not.toContainText('Exported');
});
