import { expect, test, type Page } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';

/** Registers three items, then reloads: the search index of the case is built from what is stored, by the builder worker. */
async function caseStoredBeforeOpening(page: Page): Promise<EvidencePage> {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('Foto del niño en TikTok.txt', '1'), textFile('Mensajes desde Łódź.txt', '2'), textFile('Sexual deepfake made with Grok.txt', '3')]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.reload();
  await expect(evidence.row('E-0003')).toBeVisible();
  return evidence;
}

test('search finds items stored before the case was opened, and follows an edit of one of them', async ({ page }) => {
  const evidence = await caseStoredBeforeOpening(page);
  const box = page.getByRole('searchbox', { name: 'Search evidence' });
  await box.fill('nino');
  await expect(page.getByText('1 of 3 items')).toBeVisible();
  await expect(evidence.row('E-0001').locator('mark')).toHaveText('niño');
  await box.fill('"sexual deepfake"');
  await expect(page.getByText('1 of 3 items')).toBeVisible();

  await box.fill('');
  await evidence.retitle('E-0001', 'Transparency report H2 2025');
  await box.fill('transparen');
  await expect(page.getByText('1 of 3 items')).toBeVisible();
  await expect(evidence.row('E-0001')).toBeVisible();
  // The old title is no longer found: the item's copy in the index built on opening is set aside.
  await box.fill('tiktok');
  await expect(page.getByText('0 of 3 items')).toBeVisible();
});
