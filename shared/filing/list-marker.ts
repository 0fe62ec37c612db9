import type { Locale } from '../domain/types';
import { roman } from './labels';

/** 1 → a, 26 → z, 27 → aa: how sub-paragraphs are lettered. */
export function letters(n: number): string {
  let rest = Math.max(1, Math.trunc(n));
  let out = '';
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/**
 * The marker of a list item inside a numbered filing. Items are
 * sub-paragraphs of the paragraph before them, so an ordered list is lettered
 * — "(a)", "(i)" in English, "a)", "i)" in Spanish — and never competes with
 * the paragraph numbers; bullets alternate • and – by depth.
 */
export function listMarker(kind: 'bullet' | 'ordered', index: number, level: number, language: Locale): string {
  if (kind === 'bullet') return level % 2 === 0 ? '•' : '–';
  const depth = level % 3;
  const label = depth === 0 ? letters(index) : depth === 1 ? roman(index).toLowerCase() : String(index);
  if (depth === 2) return `${label}.`;
  return language === 'es' ? `${label})` : `(${label})`;
}
