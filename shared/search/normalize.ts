/**
 * Folds text for matching: case, accents and the Latin letters that Unicode
 * does not decompose (ł, ø, đ, ß, æ, œ…) all compare equal to their plain
 * forms, so "nino" finds "niño" and "Łodz" finds "łódź".
 */
const FOLDS: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ı: 'i', ŧ: 't', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe',
};
const MARKS = /\p{M}+/gu;
const SPECIAL = /[łđðøħıŧþßæœ]/g;

const ASCII = /^[\x00-\x7f]*$/;

export function foldText(text: string): string {
  // Most indexed text (URLs, ids, accounts, English) is plain ASCII: lower-casing is all it needs, and NFD is the costly step.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => FOLDS[c] ?? c);
}

/** Words of folded text: letters and digits of any script. */
export function tokenize(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Each distinct word of the text once, with how often it occurs; returns how
 * many words the text has, capped at 65,535 (what a field's length is kept in).
 */
export function countWords(text: string, visit: (word: string, count: number) => void): number {
  const words = tokenize(text).sort();
  // Sorted, each word's repeats are in a row: its count is the length of the run.
  for (let start = 0; start < words.length; ) {
    let end = start + 1;
    while (end < words.length && words[end] === words[start]) end += 1;
    visit(words[start]!, end - start);
    start = end;
  }
  return Math.min(words.length, 0xffff);
}
