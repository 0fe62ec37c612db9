import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import UPNG from '@pdf-lib/upng';
import { withoutExif, withoutPngExif } from '../../renderer/src/features/export/worker/canvas-resample';

/** A small JPEG carrying an EXIF block (orientation "rotate 90° CW", tag 0x0112 = 6). */
function jpegWithExif(): Uint8Array {
  const [width, height] = [24, 16];
  const data = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) % 256));
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0];
  const exif = Uint8Array.from([0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
  return new Uint8Array(jpeg.encode({ data, width, height, exifBuffer: exif } as never, 90).data);
}

describe('a JPEG without its EXIF block (what the worker resamples, so it keeps its stored orientation)', () => {
  it('drops the APP1 segment and keeps every other byte of the image', () => {
    const original = jpegWithExif();
    const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
    expect(has(original, 'Exif\0\0')).toBe(true);
    const stripped = withoutExif(original);
    expect(has(stripped, 'Exif\0\0')).toBe(false);
    // Exactly the APP1 segment (marker, length and body) is gone.
    const app1 = original.indexOf(0xe1, 2) - 1;
    const length = (original[app1 + 2]! << 8) | original[app1 + 3]!;
    expect(stripped.length).toBe(original.length - 2 - length);
    // Decodes to the same pixels.
    const a = jpeg.decode(original, { useTArray: true });
    const b = jpeg.decode(stripped, { useTArray: true });
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
  });

  it('leaves a JPEG without EXIF, and bytes that are not a JPEG, as they are', () => {
    const plain = new Uint8Array(jpeg.encode({ data: new Uint8Array(8 * 8 * 4).fill(200), width: 8, height: 8 }, 80).data);
    expect(Buffer.from(withoutExif(plain)).equals(Buffer.from(plain))).toBe(true);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect(withoutExif(png)).toBe(png);
  });
});

describe('fill bytes and PNG orientation', () => {
  it('skips 0xFF fill bytes before a marker and still drops the EXIF block', () => {
    const original = jpegWithExif();
    // Three fill bytes before the APP1 marker (JPEG allows any number of 0xFF before a marker).
    const filled = new Uint8Array([...original.subarray(0, 2), 0xff, 0xff, 0xff, ...original.subarray(2)]);
    const stripped = withoutExif(filled);
    expect(Buffer.from(stripped).includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    const a = jpeg.decode(original, { useTArray: true });
    const b = jpeg.decode(stripped, { useTArray: true });
    expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
  });

  it('drops a PNG\'s eXIf chunk, and nothing else', () => {
    const plain = new Uint8Array(UPNG.encode([new Uint8Array(4 * 4 * 4).fill(128).buffer], 4, 4, 0));
    // An eXIf chunk (length, type, 6 data bytes, CRC) inserted after IHDR (8 + 25 bytes).
    const exif = Uint8Array.from([0, 0, 0, 6, 0x65, 0x58, 0x49, 0x66, 0x4d, 0x4d, 0, 0x2a, 0, 8, 1, 2, 3, 4]);
    const withExif = new Uint8Array([...plain.subarray(0, 33), ...exif, ...plain.subarray(33)]);
    const stripped = withoutPngExif(withExif);
    expect(Buffer.from(stripped).equals(Buffer.from(plain))).toBe(true);
    expect(withoutPngExif(plain)).toBe(plain);
  });
});
