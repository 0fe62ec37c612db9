import { PDFHexString, type PDFDocument, type PDFFont } from 'pdf-lib';
import { sha256Hex } from '../audit/sha256';
import { fontkitOnce } from './fontkit-once';
import type { FontBytes } from './snapshot';

/**
 * OpenType features switched off. pdf-lib ignores glyph positions (kerning,
 * mark placement) when it draws, so these features only cost time: with them
 * on, fontkit's shaping took ~0.5 ms per string, most of a 3,000-page build.
 * With them off a glyph is a plain cmap lookup, which also lets text be
 * encoded one character at a time from a cache.
 */
const PLAIN = { kern: false, liga: false, clig: false, calt: false, ccmp: false, locl: false, mark: false, mkmk: false, rlig: false, dlig: false, case: false };

/** An embedded font plus what the layout code needs to know about it. */
export interface BundleFont {
  pdf: PDFFont;
  /** Resource name used on pages drawn by the bundle (generated pages and stamps). */
  key: string;
  /** Code points the font has a glyph for; anything else would print as a box. */
  codePoints: ReadonlySet<number>;
  /** Advance width at 1 pt per code point. */
  advances: Map<number, number>;
  /** Subset glyph code (4 hex digits) per character; filling it adds the glyph to the subset. */
  codes: Map<string, string>;
  unitsPerEm: number;
  glyphAdvance: (codePoint: number) => number;
}

export interface FontSet {
  regular: BundleFont;
  bold: BundleFont;
}

/**
 * Embeds DejaVuSans regular and bold as subsets. pdf-lib names subsets
 * "DejaVuSans-1234" with a suffix that repeats across documents; viewers that
 * cache fonts by name could then draw one bundle's glyphs with another's
 * subset. So each subset gets a standard six-letter tag derived from the
 * bundle's identity (same input, same subset, same tag — and deterministic).
 */
export async function embedFonts(doc: PDFDocument, bytes: FontBytes, identity: string): Promise<FontSet> {
  doc.registerFontkit(fontkitOnce);
  const load = async (data: Uint8Array, role: string, key: string): Promise<BundleFont> => {
    const parsed = fontkitOnce.create(data);
    const baseName = parsed.postscriptName ?? `DejaVuSans${role}`;
    const pdf = await doc.embedFont(data, { subset: true, customName: `${subsetTag(identity, role)}+${baseName}`, features: PLAIN });
    const unitsPerEm = parsed.unitsPerEm;
    return {
      pdf, key, unitsPerEm,
      codePoints: new Set(parsed.characterSet),
      advances: new Map(),
      codes: new Map(),
      glyphAdvance: (cp) => parsed.glyphForCodePoint(cp).advanceWidth / unitsPerEm,
    };
  };
  return { regular: await load(bytes.regular, 'regular', 'ExpR'), bold: await load(bytes.bold, 'bold', 'ExpB') };
}

/** Six capital letters (PDF 32000-1, 9.6.4) from a hash of the bundle identity and font role. */
export function subsetTag(identity: string, role: string): string {
  const hex = sha256Hex(`${identity}\u0000${role}`);
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 26));
  return tag;
}

/** Width of text at a size: the sum of glyph advances (what pdf-lib draws; no kerning). */
export function textWidth(font: BundleFont, text: string, size: number): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 32;
    if (cp > 0xffff) i++;
    let a = font.advances.get(cp);
    if (a === undefined) {
      a = font.glyphAdvance(cp);
      font.advances.set(cp, a);
    }
    w += a;
  }
  return w * size;
}

/** Encodes text for a Tj operator, one cached character at a time (valid because shaping is off). */
export function encodeText(font: BundleFont, text: string): PDFHexString {
  let hex = '';
  for (const ch of text) {
    let code = font.codes.get(ch);
    if (code === undefined) {
      code = font.pdf.encodeText(ch).asString();
      font.codes.set(ch, code);
    }
    hex += code;
  }
  return PDFHexString.of(hex);
}
