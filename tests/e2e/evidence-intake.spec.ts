import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { pngNamedAsPdf, textFile } from './support/files';

test('picked files become numbered exhibits with their SHA-256 and a MIME type sniffed from the bytes', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const png = pngNamedAsPdf();
  const chat = textFile('chat-export-niño.txt', 'Łukasz: ¿has visto la imagen?\n');
  await evidence.pick([png, chat]);

  await expect(page.getByRole('region', { name: 'Intake report' })).toContainText('screenshot-from-x.pdf → E-0001');
  await expect(page.getByRole('region', { name: 'Intake report' })).toContainText('chat-export-niño.txt → E-0002');
  await expect(evidence.row('E-0001')).toContainText('Image'); // not "Document": the bytes are a PNG

  await evidence.open('E-0001');
  await expect(evidence.detail).toContainText(png.sha256);
  await expect(evidence.detail).toContainText('image/png');
  await expect(evidence.custody()).toContainText('Registered');
  await expect(evidence.custody()).toContainText(`SHA-256 ${png.sha256}`);

  // Persisted: still there after a reload.
  await page.reload();
  await expect(evidence.row('E-0002')).toContainText('chat-export-niño.txt');
});

test('dropped files are registered, and the same bytes dropped again are reported as a duplicate', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  const first = textFile('post-1.txt', 'first post text');
  const second = textFile('post-2.txt', 'second post text');
  await evidence.drop([first, second]);
  await expect(evidence.row('E-0002')).toBeVisible();

  const copy = { ...first, name: 'post-1 (copy).txt' };
  await evidence.drop([copy]);
  const report = page.getByRole('region', { name: 'Intake report' });
  await expect(report).toContainText('post-1 (copy).txt: the same bytes are already exhibit E-0001; not registered again.');
  await expect(page.getByText('2 items')).toBeVisible();
});

test('an empty file is refused with a message and nothing else is lost', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await evidence.pick([textFile('empty.txt', ''), textFile('fine.txt', 'content')]);
  const report = page.getByRole('region', { name: 'Intake report' });
  await expect(report).toContainText('empty.txt: refused, the file is empty.');
  await expect(report).toContainText('fine.txt → E-0001');
});

test('a file over the size limit is refused with a message; the limit is a setting', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase();
  await expect(page.getByText('Files up to 2,048 MB.')).toBeVisible();
  await page.getByRole('button', { name: 'Change' }).click();
  await page.getByLabel('Largest file accepted (MB)').fill('1');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Files up to 1 MB.')).toBeVisible();

  const big = { ...textFile('video-export.mp4', 'x'), buffer: Buffer.alloc(1024 * 1024 + 60_000, 7) };
  await evidence.pick([big, textFile('small.txt', 'fits')]);
  const report = page.getByRole('region', { name: 'Intake report' });
  await expect(report).toContainText('video-export.mp4: refused, larger than the limit (1.1 MB; limit 1.0 MB).');
  await expect(report).toContainText('small.txt → E-0001');

  await page.reload();
  await expect(page.getByText('Files up to 1 MB.')).toBeVisible();
});
