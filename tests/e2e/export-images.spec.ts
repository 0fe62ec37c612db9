import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';

/** A 4000 × 3000 JPEG "photo": fitted to an A4 landscape page it would be drawn at ~440 dpi. */
function phonePhoto() {
  const [width, height] = [4000, 3000];
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const x = i % width, y = Math.floor(i / width);
    data.set([(x * 255) / width, (y * 255) / height, ((x ^ y) & 0x3f) * 4, 255], i * 4);
  }
  const buffer = Buffer.from(jpeg.encode({ data, width, height }, 80).data);
  return { name: 'phone-photo.jpg', mimeType: 'image/jpeg', buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

test('a large photo goes into the bundle resampled to 300 dpi by the export worker', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Photo v X Corp');
  await evidence.pick([phonePhoto()]);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Build bundle' }).click();
  await expect(page.getByRole('heading', { name: 'Bundle ready' })).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const path = (await (await download).path())!;

  // poppler's account of the image as drawn: resampled, same aspect, at 300 dpi or just under.
  const rows = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/));
  expect(rows).toHaveLength(1);
  const [, , , width, height, , , , enc, , , , xppi] = rows[0]!;
  expect(enc).toBe('jpeg');
  expect(Number(width)).toBeGreaterThan(2600);
  expect(Number(width)).toBeLessThan(2900);
  expect(Number(width) / Number(height)).toBeCloseTo(4 / 3, 2);
  expect(Number(xppi)).toBeGreaterThanOrEqual(295);
  expect(Number(xppi)).toBeLessThanOrEqual(300);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/phone-photo\.jpg · 4000 × 3000 px · shown at 300 dpi \(\d{4} × \d{4} px\)/);
});
