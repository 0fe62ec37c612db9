import type { Tag } from '@shared/domain/types';

export type ReviewKeyAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'save-and-next' }
  | { type: 'toggle-legend' }
  | { type: 'exit' }
  | { type: 'toggle-tag'; tagId: string }
  | { type: 'none' };

/** What a key does in review mode: J/K or arrows move, Enter saves and moves on, ? shows the legend, a tag's key toggles it. */
export function reviewKeyAction(key: string, tags: readonly Tag[], hasModifier: boolean): ReviewKeyAction {
  if (hasModifier) return { type: 'none' };
  if (key === 'j' || key === 'ArrowDown' || key === 'ArrowRight') return { type: 'next' };
  if (key === 'k' || key === 'ArrowUp' || key === 'ArrowLeft') return { type: 'previous' };
  if (key === 'Enter') return { type: 'save-and-next' };
  if (key === '?') return { type: 'toggle-legend' };
  if (key === 'Escape') return { type: 'exit' };
  const tag = tags.find((t) => t.shortcut !== null && t.shortcut.toLowerCase() === key.toLowerCase());
  return tag ? { type: 'toggle-tag', tagId: tag.id } : { type: 'none' };
}

/** Review status moves forward one step with each "save and next"; coding an unreviewed item makes it first pass. */
export function nextReviewStatus(status: 'unreviewed' | 'first-pass' | 'second-pass'): 'first-pass' | 'second-pass' {
  return status === 'unreviewed' ? 'first-pass' : 'second-pass';
}
