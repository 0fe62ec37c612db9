import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { textFile } from './support/files';

test('full-text search finds words with or without accents, prefixes and phrases, and marks the matches', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([
    textFile('Foto del niño en TikTok.txt', '1'),
    textFile('Mensajes desde Łódź.txt', '2'),
    textFile('Sexual deepfake made with Grok.txt', '3'),
    textFile('Deepfake report, sexual content.txt', '4'),
  ]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  const box = page.getByRole('searchbox', { name: 'Search evidence' });

  await box.fill('nino');
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await expect(evidence.row('E-0001').locator('mark')).toHaveText('niño');

  await box.fill('NIÑO');
  await expect(evidence.row('E-0001')).toBeVisible();
  await expect(page.getByText('1 of 4 items')).toBeVisible();

  await box.fill('Łodz');
  await expect(evidence.row('E-0002')).toBeVisible();
  await expect(evidence.row('E-0002').locator('mark')).toHaveText('Łódź');

  await box.fill('deepf sex');
  await expect(page.getByText('2 of 4 items')).toBeVisible();

  await box.fill('"sexual deepfake"');
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await expect(evidence.row('E-0003')).toBeVisible();

  // The index follows edits: rename an item and search for the new words.
  await box.fill('');
  await expect(page.getByText('4 items', { exact: true })).toBeVisible();
  // Like a user, the helper waits for the dialog to close before typing behind it.
  await evidence.retitle('E-0004', 'Transparency report H2 2025');
  await box.fill('transparen');
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await expect(evidence.row('E-0004')).toBeVisible();
});
