import { textWidth, type BundleFont } from './fonts';

/**
 * Greedy line breaking on spaces; explicit newlines start new lines; a word
 * wider than the line (a URL, a hash) is broken between characters rather
 * than allowed to run out of its column.
 */
export function wrapText(font: BundleFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    const space = textWidth(font, ' ', size);
    let line = '';
    let width = 0;
    for (const word of words) {
      const w = textWidth(font, word, size);
      if (line && width + space + w <= maxWidth) {
        line += ` ${word}`;
        width += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= maxWidth) {
        line = word;
        width = w;
        continue;
      }
      const pieces = breakWord(font, word, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      width = textWidth(font, line, size);
    }
    lines.push(line);
  }
  return lines;
}

function breakWord(font: BundleFont, word: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of word) {
    const w = textWidth(font, ch, size);
    if (piece && width + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  pieces.push(piece);
  return pieces;
}

/** Cuts a single line to fit, with an ellipsis, for places that cannot wrap (running heads). */
export function truncateToWidth(font: BundleFont, text: string, size: number, maxWidth: number): string {
  if (textWidth(font, text, size) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(font, `${chars.slice(0, mid).join('')}…`, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** The largest size ≤ size at which text fits on one line (for page ranges in fixed columns). */
export function fitSize(font: BundleFont, text: string, size: number, maxWidth: number): number {
  const w = textWidth(font, text, size);
  return w <= maxWidth ? size : Math.max(4, (size * maxWidth) / w);
}
