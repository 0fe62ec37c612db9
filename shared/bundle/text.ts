import type { FontSet } from './fonts';
import type { BundleWarning } from './snapshot';

/** Arabic, Hebrew, Syriac, Thaana, NKo and their presentation forms. */
const RTL_RUN = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[\s\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\d.,:;!?()-]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])?/gu;
export const RTL_PLACEHOLDER = '[right-to-left text not rendered]';
export const MISSING_GLYPH = '?';

/**
 * Makes text safe to draw. pdf-lib lays glyphs out left to right without bidi
 * reordering or Arabic shaping, so right-to-left script would come out as
 * reversed, unjoined garbage: it is refused with a visible placeholder and a
 * warning instead. Characters the font lacks would print as empty boxes and
 * are replaced by "?" with a warning, so nothing is silently lost.
 */
export class TextSanitizer {
  private readonly cache = new Map<string, string>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly fonts: FontSet,
    private readonly pseudonymise: (text: string) => string,
    private readonly warn: (w: BundleWarning) => void,
  ) {}

  /** Where the text is going, for warnings ("exhibit E-0003", "party list"...). */
  where = '';

  clean(raw: string): string {
    const cached = this.cache.get(raw);
    if (cached !== undefined) return cached;
    let text = this.pseudonymise(raw.normalize('NFC'))
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // Controls and bidi marks have no glyphs and no meaning on paper.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
    if (RTL_RUN.test(text)) {
      RTL_RUN.lastIndex = 0;
      text = text.replace(RTL_RUN, RTL_PLACEHOLDER);
      this.warnOnce('rtl-text', `Right-to-left (Arabic/Hebrew) text cannot be typeset correctly yet and was replaced by "${RTL_PLACEHOLDER}"`, { placeholder: RTL_PLACEHOLDER });
    }
    RTL_RUN.lastIndex = 0;
    const { codePoints } = this.fonts.regular;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || codePoints.has(cp)) out += ch;
      else {
        out += MISSING_GLYPH;
        const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        this.warnOnce('unsupported-glyph', `Character ${codePoint} has no glyph in the bundle font and was printed as "${MISSING_GLYPH}"`, { codePoint, replacement: MISSING_GLYPH });
      }
    }
    this.cache.set(raw, out);
    return out;
  }

  private warnOnce(code: BundleWarning['code'], message: string, values: Record<string, string>): void {
    const full = this.where ? `${message} (${this.where})` : message;
    if (this.warned.has(full)) return;
    this.warned.add(full);
    this.warn({ code, message: full, values: this.where ? { ...values, where: this.where } : values });
  }
}
