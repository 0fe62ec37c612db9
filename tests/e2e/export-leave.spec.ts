import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { longPdf } from './support/files';

test('leaving the Export screen mid-build ends the bundle worker instead of letting it finish for nobody', async ({ page }) => {
  test.setTimeout(180_000);
  const files = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => longPdf(`thread ${i}.pdf`, 2000)));
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Leave v Z Platform');
  await evidence.pick(files);
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Export' }).click();

  const bundleWorker = page.waitForEvent('worker', (w) => w.url().includes('bundle-worker'));
  await page.getByRole('button', { name: 'Build bundle' }).click();
  const worker = await bundleWorker;
  let closedAt = 0;
  worker.once('close', () => { closedAt = Date.now(); });
  // Mid-build: one of six 2,000-page exhibits is being merged (the rest takes seconds). Checked every frame: a check a
  // second apart once missed the first exhibit's few hundred milliseconds on a fast run.
  await page.waitForFunction(() => /: Exhibit E-000[1-5]$/m.test(document.body.innerText), null, { polling: 'raf', timeout: 60_000 });
  const leftAt = Date.now();
  await sections.getByRole('link', { name: 'Evidence' }).click();
  await expect.poll(() => closedAt, { timeout: 3_000 }).toBeGreaterThan(0);
  expect(closedAt - leftAt).toBeLessThan(3_000);

  // Coming back, nothing half-built is offered and a build starts afresh.
  await sections.getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { name: 'Bundle ready' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Build bundle' })).toBeEnabled();
});
