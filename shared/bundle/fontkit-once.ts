import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * fontkit.create accepts an ArrayBuffer as well as its declared Uint8Array: it
 * wraps either in its bundled Buffer polyfill, which takes an ArrayBuffer as
 * is but copies a Uint8Array one byte at a time in JavaScript.
 */
const createFont = fontkit.create as (data: Uint8Array | ArrayBuffer) => Font;
const parsed = new WeakMap<Uint8Array, Font>();

/**
 * fontkit for the bundle: each font is parsed once, shared by the bundle's
 * measuring and pdf-lib's subset embedder (which would parse it again), and
 * handed over without the polyfill's byte-by-byte copy — together ~0.2 s of
 * cold-start CPU for the two DejaVu fonts (1.4 MB).
 */
export const fontkitOnce: Fontkit = {
  create(data: Uint8Array): Font {
    let font = parsed.get(data);
    if (!font) {
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
      font = createFont(whole ? data.buffer : data.slice().buffer);
      parsed.set(data, font);
    }
    return font;
  },
};
