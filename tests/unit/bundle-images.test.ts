import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BundleResult } from '../../shared/bundle';
import { areaAverage } from '../../shared/bundle/image-resample';
import type { EvidenceItem } from '../../shared/domain/types';
import { readBack, tool, withTempPdf } from '../fixtures/bundle/read-pdf';
import { loadFonts, png, sampleCase, type SampleCase } from '../fixtures/bundle/sample-case';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A 4000 × 3000 "photo": drawn on an A4 landscape page it would be ~440 dpi. */
function bigJpeg(): Uint8Array {
  const [width, height] = [4000, 3000];
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width; data[i + 1] = (y * 255) / height; data[i + 2] = ((x ^ y) & 0x3f) * 4; data[i + 3] = 255;
    }
  }
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data);
}

interface ImageRow { page: number; width: number; height: number; enc: string; xppi: number; yppi: number; objectId: number }

/** `pdfimages -list` (poppler): each image drawn, with the resolution it is drawn at. */
function images(bytes: Uint8Array): ImageRow[] {
  const out = withTempPdf(bytes, (path) => tool('pdfimages', ['-list', path]));
  return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => {
    const c = l.trim().split(/\s+/);
    return { page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), enc: c[8]!, objectId: Number(c[10]), xppi: Number(c[12]), yppi: Number(c[13]) };
  });
}

describe('images placed on a page at no more than 300 dpi', () => {
  let sample: SampleCase;
  let result: BundleResult;
  let screenshot: Uint8Array;
  beforeAll(async () => {
    sample = await sampleCase();
    screenshot = new Uint8Array(readFileSync(join(__dirname, '../fixtures/bundle/screenshot.jpg')));
    const template = sample.snapshot.evidence.find((e) => e.attachment?.mime === 'image/jpeg')!;
    const add = (n: number, bytes: Uint8Array, name: string, mime: string): void => {
      const hash = sha(bytes);
      sample.files.set(hash, bytes);
      const item: EvidenceItem = { ...template, id: `ev-big-${n}`, exhibitNo: `E-00${90 + n}`, title: name, attachment: { sha256: hash, name, mime, size: bytes.length }, hashes: { sha256: hash, pdq: null } };
      sample.snapshot.evidence.push(item);
    };
    add(1, bigJpeg(), 'phone-photo.jpg', 'image/jpeg');
    add(2, png(3600, 2700), 'big-screenshot.png', 'image/png');
    result = await buildBundle({ snapshot: sample.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['D', 'H'] }, fonts: loadFonts(), readFile: sample.readFile });
    if (process.env.LOOK) (await import('node:fs')).writeFileSync(process.env.LOOK, result.bytes);
  }, 60_000);

  it('draws every image at 300 dpi or less, as poppler measures it, small ones at their own size (72 dpi)', () => {
    const rows = images(result.bytes);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      expect(r.xppi).toBeLessThanOrEqual(300);
      expect(r.yppi).toBeLessThanOrEqual(300);
    }
    expect(rows.filter((r) => r.width < 1000).map((r) => r.xppi)).toEqual([72, 72]);
  });

  it('resamples a large photo to 300 dpi, as JPEG, and a large PNG losslessly, drawn at the same size as the original would be', () => {
    const rows = images(result.bytes);
    const photo = rows.find((r) => r.enc === 'jpeg' && r.width > 2000)!;
    expect(photo).toBeDefined();
    // 4000 px fitted to the landscape page's 9.9 in would be ~440 dpi; at 300 dpi it is ~2,760 px wide.
    expect(photo.width).toBeGreaterThan(2600);
    expect(photo.width).toBeLessThan(2900);
    expect(photo.width / photo.height).toBeCloseTo(4 / 3, 2);
    expect(photo.xppi).toBeGreaterThanOrEqual(295);
    const big = rows.find((r) => r.enc === 'image' && r.width > 2000)!;
    expect(big).toBeDefined();
    expect(big.width / big.height).toBeCloseTo(4 / 3, 2);
    expect(big.xppi).toBeGreaterThanOrEqual(295);
  });

  it('embeds a small JPEG byte for byte, at its own size', () => {
    const small = images(result.bytes).find((r) => r.enc === 'jpeg' && r.width < 1000)!;
    expect(small).toBeDefined();
    const { width, height } = jpeg.decode(screenshot, { useTArray: true });
    expect([small.width, small.height]).toEqual([width, height]);
    // The screenshot's bytes are in the file unchanged (a JPEG is stored as is).
    expect(Buffer.from(result.bytes).includes(Buffer.from(screenshot))).toBe(true);
  });

  it('says on the image page and in the manifest that the copy shown was resampled, and from what', async () => {
    const text = (await readBack(result.bytes)).texts.join('\n');
    expect(text).toMatch(/E-0091 · phone-photo\.jpg · 4000 × 3000 px · shown at 300 dpi \(\d{4} × \d{4} px\)/);
    expect(text).toMatch(/E-0092 · big-screenshot\.png · 3600 × 2700 px · shown at 300 dpi/);
    // The integrity manifest's outcome column (wrapped over several lines).
    expect(text).toMatch(/resampled to\s+300\s+dpi \(2\d{3} × 2\d{3}\s+px\)/);
  });
});

describe('area averaging', () => {
  it('averages the pixels each output pixel covers, weighting colour by opacity', () => {
    // 4 × 1 → 2 × 1: opaque red + opaque blue → purple; opaque green + transparent black → green at half opacity.
    const src = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255, 0, 255, 0, 255, 0, 0, 0, 0]);
    expect([...areaAverage(src, 4, 1, 2, 1)]).toEqual([128, 0, 128, 255, 0, 255, 0, 128]);
    // 3 × 1 → 2 × 1: the middle pixel is split half and half.
    const three = new Uint8Array([0, 0, 0, 255, 90, 90, 90, 255, 180, 180, 180, 255]);
    expect([...areaAverage(three, 3, 1, 2, 1)]).toEqual([30, 30, 30, 255, 150, 150, 150, 255]);
  });
});
