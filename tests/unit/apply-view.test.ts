import { describe, expect, it } from 'vitest';
import type { SavedView } from '@shared/domain/types';
import { applyView } from '../../renderer/src/features/review/use-views';
import { useUiStore } from '../../renderer/src/store/ui-store';

const view = (over: Partial<SavedView>): SavedView => ({
  id: 'v', caseId: 'c', name: 'From an archive', filter: {}, searchText: '', sort: { column: 'title', direction: 'desc' },
  hiddenColumns: [], columnWidths: {}, isDefault: false, createdAt: '2026-01-01T00:00:00.000Z', ...over,
});

describe('applying a saved view', () => {
  it('puts the register in the saved state', () => {
    applyView(view({ searchText: 'grok', hiddenColumns: ['tags'], columnWidths: { title: 320 } }));
    const s = useUiStore.getState();
    expect(s.registerSort).toEqual({ column: 'title', direction: 'desc' });
    expect([...s.hiddenColumns]).toEqual(['tags']);
    expect(s.columnWidths).toEqual({ title: 320 });
    expect(s.searchText).toBe('grok');
  });

  it('leaves out columns the register does not have, and sorts such a view by exhibit number', () => {
    // The register holds rows without descriptions: a view sorted by one (or by a name from elsewhere) must not break it.
    applyView(view({ sort: { column: 'description', direction: 'asc' }, hiddenColumns: ['tags', 'notes'], columnWidths: { title: 300, sourceUrl: 80 } }));
    const s = useUiStore.getState();
    expect(s.registerSort).toEqual({ column: 'exhibitNo', direction: 'asc' });
    expect([...s.hiddenColumns]).toEqual(['tags']);
    expect(s.columnWidths).toEqual({ title: 300 });
  });
});
