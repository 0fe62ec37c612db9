import { describe, expect, it } from 'vitest';
import type { Authority, EvidenceItem } from '@shared/domain/types';
import { pickerItems, pickWithPinpoint } from '../../renderer/src/features/arguments/editor/citation-items';

const exhibits = [
  { id: 'e1', exhibitNo: 'E-0003', title: 'Post by @troll', archivedAt: null },
  { id: 'e2', exhibitNo: 'E-0004', title: 'Notice, reply and appeal', archivedAt: null },
] as Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title' | 'archivedAt'>[];
const authorities = [{ id: 'a1', caseId: 'c', kind: 'case-law', citation: 'Case C-131/12, Google Spain', pinpoint: '', url: '', catalogueRef: null, title: 'Google Spain and Google', archivedAt: null }] as Authority[];
const items = pickerItems(exhibits, [], authorities, 'Draft');

describe('citation picker pinpoints', () => {
  it('reads what follows the last comma as a pinpoint when the whole query matches nothing', () => {
    const { shown, pinpoint } = pickWithPinpoint(items, 'E-3, p. 4');
    expect(shown.map((i) => i.label)).toEqual(['[E-0003]']);
    expect(pinpoint).toBe('p. 4');
  });

  it('keeps a comma that belongs to what is cited', () => {
    expect(pickWithPinpoint(items, 'C-131/12, Google')).toEqual({ shown: [expect.objectContaining({ label: 'Case C-131/12, Google Spain' })], pinpoint: null });
    expect(pickWithPinpoint(items, 'notice, reply').shown.map((i) => i.label)).toEqual(['[E-0004]']);
    expect(pickWithPinpoint(items, 'C-131/12, Google Spain, para 94').pinpoint).toBe('para 94');
  });

  it('no pinpoint without a comma, or with nothing after it', () => {
    expect(pickWithPinpoint(items, 'E-3').pinpoint).toBeNull();
    expect(pickWithPinpoint(items, 'E-3,').pinpoint).toBeNull();
  });
});
