import { resampleInJs, type ImageResampler } from '@shared/bundle/image-resample';

/**
 * Resamples an image for the bundle with the browser's own decoder, scaler and
 * encoder (createImageBitmap, OffscreenCanvas): ~50–100 ms for a phone photo,
 * where the JavaScript resampler takes ~2.5 s. Falls back to the JavaScript
 * one only where these do not exist; a failure here is reported by the builder
 * (the original is then embedded and the manifest says why).
 */
export const canvasResample: ImageResampler = async (request) => {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return resampleInJs(request);
  const { kind, bytes, width, height } = request;
  const type = kind === 'jpeg' ? 'image/jpeg' : 'image/png';
  // Without its EXIF block a JPEG decodes in its stored orientation, as the bundle lays it out and as
  // a JPEG embedded unchanged is shown (PDF viewers ignore EXIF).
  const source = new Blob([(kind === 'jpeg' ? withoutExif(bytes) : withoutPngExif(bytes)) as Uint8Array<ArrayBuffer>], { type });
  const bitmap = await createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  try {
    if (bitmap.width !== width || bitmap.height !== height) throw new Error(`decoded at ${bitmap.width} × ${bitmap.height} px, not ${width} × ${height}`);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this worker');
    context.drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type, quality: 0.9 });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
};

/** The JPEG without its APP1 segments (EXIF, XMP); every other segment and the image data as they are. */
export function withoutExif(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return jpeg;
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    // Fill bytes (0xFF runs) may precede a marker.
    if (jpeg[at + 1] === 0xff) {
      at += 1;
      continue;
    }
    const marker = jpeg[at + 1]!;
    // Start of scan: the entropy-coded data follows; keep the rest as it is.
    if (marker === 0xda) break;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    if (marker !== 0xe1) parts.push(jpeg.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  parts.push(jpeg.subarray(at));
  return joined(parts);
}

/** The PNG without its eXIf chunk (which Chromium would apply as an orientation); every other chunk as it is. */
export function withoutPngExif(png: Uint8Array): Uint8Array {
  const SIGNATURE = 8;
  if (png.length < SIGNATURE || png[0] !== 0x89 || png[1] !== 0x50) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: Uint8Array[] = [png.subarray(0, SIGNATURE)];
  let dropped = false;
  for (let at = SIGNATURE; at + 12 <= png.length;) {
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    if (type === 'eXIf') dropped = true;
    else kept.push(png.subarray(at, Math.min(end, png.length)));
    at = end;
  }
  return dropped ? joined(kept) : png;
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
