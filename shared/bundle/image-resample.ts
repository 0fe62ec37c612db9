import UPNG from '@pdf-lib/upng';
import jpeg from 'jpeg-js';
import { pngSize } from './png-size';

/** What to resample: a JPEG or PNG file, and the pixel size wanted (smaller than its own). */
export interface ResampleRequest {
  kind: 'jpeg' | 'png';
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * Makes a smaller copy of an image file, as a file of the same kind (JPEG
 * stays JPEG, PNG stays PNG); null when it cannot. A caller may pass a
 * native one (BundleInput.resampleImage); this one is plain JavaScript and
 * runs everywhere the builder does (~2.5 s for a 12-megapixel photo here).
 */
export type ImageResampler = (request: ResampleRequest) => Promise<Uint8Array | null>;

/** JPEG quality of a resampled photo: visually lossless at print size. */
const JPEG_QUALITY = 90;
/** Refuse to decode past this (a decompression bomb would otherwise take the worker's memory). */
const MAX_MEGAPIXELS = 100;

export const resampleInJs: ImageResampler = async ({ kind, bytes, width, height }) => {
  if (kind === 'jpeg') {
    const src = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 2048 });
    const out = areaAverage(src.data, src.width, src.height, width, height);
    return withUint8Buffer(() => new Uint8Array(jpeg.encode({ data: out, width, height }, JPEG_QUALITY).data));
  }
  // Checked from the header, before UPNG allocates the pixels.
  const { width: sw, height: sh } = pngSize(bytes);
  if (sw * sh > MAX_MEGAPIXELS * 1e6) return null;
  const decoded = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(decoded)[0]!);
  const out = areaAverage(rgba, decoded.width, decoded.height, width, height);
  return new Uint8Array(UPNG.encode([out.buffer as ArrayBuffer], width, height, 0));
};

/**
 * jpeg-js hands its output to Node's Buffer when it is loaded as CommonJS,
 * which it is in a worker bundle too, where Buffer does not exist. For the
 * duration of the (synchronous) call, a stand-in with the one method it uses.
 */
function withUint8Buffer<T>(run: () => T): T {
  const g = globalThis as { Buffer?: unknown };
  if (g.Buffer !== undefined) return run();
  g.Buffer = { from: (bytes: ArrayLike<number>) => Uint8Array.from(bytes) };
  try {
    return run();
  } finally {
    delete g.Buffer;
  }
}

/**
 * Shrinks RGBA pixels by area averaging: each output pixel is the mean of the
 * source area it covers (fractional edges weighted), colour weighted by alpha
 * so transparent pixels do not darken their neighbours. Separable: rows, then
 * columns.
 */
export function areaAverage(src: Uint8Array, sw: number, sh: number, dw: number, dh: number): Uint8Array {
  const cols = spans(sw, dw);
  const rows = spans(sh, dh);
  // Horizontal pass into premultiplied floats: dw × sh.
  const mid = new Float32Array(dw * sh * 4);
  for (let y = 0; y < sh; y++) {
    const srcRow = y * sw * 4;
    const midRow = y * dw * 4;
    for (let x = 0; x < dw; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      const { start, weights } = cols[x]!;
      for (let k = 0; k < weights.length; k++) {
        const i = srcRow + (start + k) * 4;
        const wa = weights[k]! * src[i + 3]!;
        r += src[i]! * wa; g += src[i + 1]! * wa; b += src[i + 2]! * wa; a += wa;
      }
      const o = midRow + x * 4;
      mid[o] = r; mid[o + 1] = g; mid[o + 2] = b; mid[o + 3] = a;
    }
  }
  const out = new Uint8Array(dw * dh * 4);
  for (let y = 0; y < dh; y++) {
    const { start, weights } = rows[y]!;
    for (let x = 0; x < dw; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let k = 0; k < weights.length; k++) {
        const i = ((start + k) * dw + x) * 4;
        const w = weights[k]!;
        r += mid[i]! * w; g += mid[i + 1]! * w; b += mid[i + 2]! * w; a += mid[i + 3]! * w;
      }
      const o = (y * dw + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a); out[o + 1] = Math.round(g / a); out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a);
    }
  }
  return out;
}

/** For each output index, the first source index it covers and the share of each covered source pixel (summing to 1). */
function spans(from: number, to: number): { start: number; weights: Float32Array }[] {
  const ratio = from / to;
  return Array.from({ length: to }, (_, i) => {
    const lo = i * ratio;
    const hi = Math.min(from, (i + 1) * ratio);
    const start = Math.floor(lo);
    const end = Math.ceil(hi);
    const weights = new Float32Array(end - start);
    for (let s = start; s < end; s++) weights[s - start] = (Math.min(hi, s + 1) - Math.max(lo, s)) / (hi - lo);
    return { start, weights };
  });
}
