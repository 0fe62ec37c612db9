import { describe, expect, it } from 'vitest';
import type { Tag } from '@shared/domain/types';
import { nextReviewStatus, reviewKeyAction } from '../../renderer/src/features/review/review-keys';

const tags = [{ id: 'hot', shortcut: '1' }, { id: 'deepfake', shortcut: 'd' }, { id: 'none', shortcut: null }] as Tag[];

describe('review mode keys', () => {
  it('moves with J/K and arrows, saves with Enter, shows the legend with ?', () => {
    expect(reviewKeyAction('j', tags, false)).toEqual({ type: 'next' });
    expect(reviewKeyAction('ArrowUp', tags, false)).toEqual({ type: 'previous' });
    expect(reviewKeyAction('Enter', tags, false)).toEqual({ type: 'save-and-next' });
    expect(reviewKeyAction('?', tags, false)).toEqual({ type: 'toggle-legend' });
  });
  it('toggles the tag whose key was pressed, in either case, and ignores chords', () => {
    expect(reviewKeyAction('D', tags, false)).toEqual({ type: 'toggle-tag', tagId: 'deepfake' });
    expect(reviewKeyAction('1', tags, false)).toEqual({ type: 'toggle-tag', tagId: 'hot' });
    expect(reviewKeyAction('d', tags, true)).toEqual({ type: 'none' });
    expect(reviewKeyAction('z', tags, false)).toEqual({ type: 'none' });
  });
  it('advances review status one step', () => {
    expect(nextReviewStatus('unreviewed')).toBe('first-pass');
    expect(nextReviewStatus('first-pass')).toBe('second-pass');
    expect(nextReviewStatus('second-pass')).toBe('second-pass');
  });
});
