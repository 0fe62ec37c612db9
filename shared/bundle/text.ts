import type { FontSet } from './fonts';
import type { BundleWarning } from './snapshot';

/** Arabic, Hebrew, Syriac, Thaana, NKo and their presentation forms. */
const RTL_RUN = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[\s\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\d.,:;!?()-]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])?/gu;
export const RTL_PLACEHOLDER = '[right-to-left text not rendered]';
/** At most this many code points are spelled out for one run of missing characters. */
const SPELLED_OUT = 6;

/**
 * Makes text safe to draw. pdf-lib lays glyphs out left to right without bidi
 * reordering or Arabic shaping, so right-to-left script would come out as
 * reversed, unjoined garbage: it is refused with a visible placeholder and a
 * warning instead. Characters the font lacks (Chinese, Japanese, Korean,
 * Indic scripts, emoji...) would print as empty boxes: each run of them is
 * printed as its Unicode code points, "[U+738B U+5C0F U+660E]", with a
 * warning, so a name in any script is still identifiable on paper and in the
 * extracted text, never silently lost or turned into "???".
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
    let missing: string[] = [];
    const flush = () => {
      if (missing.length === 0) return;
      const replacement = missingRun(missing);
      out += replacement;
      this.warnOnce('unsupported-glyph', `Characters with no glyph in the bundle font (first ${missing[0]}) were printed as their code points, "${replacement}"`, { codePoint: missing[0]!, replacement });
      missing = [];
    };
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || codePoints.has(cp)) {
        flush();
        out += ch;
      } else {
        missing.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    flush();
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

/** "[U+738B U+5C0F U+660E]"; a long run is cut short with the count of the rest: "[U+4E00 … +14]". */
export function missingRun(codePoints: readonly string[]): string {
  const shown = codePoints.slice(0, SPELLED_OUT).join(' ');
  const rest = codePoints.length - SPELLED_OUT;
  return rest > 0 ? `[${shown} … +${rest}]` : `[${shown}]`;
}
