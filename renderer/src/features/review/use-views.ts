import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { SavedView } from '@shared/domain/types';
import type { EvidenceFilter } from '@shared/review/filter';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import type { RegisterColumn } from '../evidence/evidence-ui-slice';
import { registerColumns } from '../evidence/register/register-columns';
import type { ViewState } from './data/view-commands';

export function useSavedViews(caseId: string): SavedView[] | undefined {
  return useLiveQuery(() => db.savedViews.where('caseId').equals(caseId).sortBy('name'), [caseId]);
}

/** The register's current state, as a view would save it. */
export function currentViewState(): ViewState {
  const s = useUiStore.getState();
  return {
    filter: s.filter, searchText: s.searchText, sort: s.registerSort,
    hiddenColumns: [...s.hiddenColumns], columnWidths: { ...s.columnWidths },
  };
}

const isColumn = (id: string): id is RegisterColumn => registerColumns.some((c) => c.id === id);

/**
 * Puts the register in the state a view saved. A view from an archive may
 * name columns the register does not have (or no longer has): those are
 * left out, and such a sort falls back to exhibit order.
 */
export function applyView(view: SavedView): void {
  const { column, direction } = view.sort;
  useUiStore.setState({
    filter: (view.filter ?? {}) as EvidenceFilter,
    searchText: view.searchText,
    registerSort: isColumn(column) && (direction === 'asc' || direction === 'desc') ? { column, direction } : { column: 'exhibitNo', direction: 'asc' },
    hiddenColumns: new Set(view.hiddenColumns.filter(isColumn)),
    columnWidths: Object.fromEntries(Object.entries(view.columnWidths).filter(([id]) => isColumn(id))) as Partial<Record<RegisterColumn, number>>,
    activeViewId: view.id,
    checkedIds: new Set(),
  });
}

/** Opening a case's register applies its default view, once per visit. */
export function useDefaultView(caseId: string, views: SavedView[] | undefined): void {
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!views || appliedFor.current === caseId) return;
    appliedFor.current = caseId;
    const preferred = views.find((v) => v.isDefault);
    if (preferred) applyView(preferred);
    else useUiStore.setState({ filter: {}, searchText: '', activeViewId: null, hiddenColumns: new Set() });
  }, [caseId, views]);
}
