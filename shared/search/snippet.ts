import { foldText } from './normalize';

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a word of the text is one the search matched (a matched word is a folded prefix of it). */
export function isMatchedWord(word: string, terms: readonly string[]): boolean {
  const folded = foldText(word);
  return terms.some((term) => folded.startsWith(term));
}

/**
 * A window of about `width` characters around the first matched word, cut at
 * word boundaries and marked with ellipses; null when no word matches.
 */
export function snippetAround(text: string, terms: readonly string[], width = 160): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const match of flat.matchAll(WORD)) {
    if (!isMatchedWord(match[0], terms)) continue;
    if (flat.length <= width) return flat;
    let start = Math.max(0, match.index - Math.floor(width / 3));
    let end = Math.min(flat.length, start + width);
    start = Math.max(0, end - width);
    if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
    if (end < flat.length) end = flat.lastIndexOf(' ', end) > match.index ? flat.lastIndexOf(' ', end) : end;
    return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
  }
  return null;
}
