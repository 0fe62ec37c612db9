import type { StateCreator } from 'zustand';
import type { EvidenceFilter } from '@shared/review/filter';
import type { RegisterColumn } from '../evidence/evidence-ui-slice';
import type { CodingUndo } from './data/coding-commands';

export interface ReviewSlice {
  /** Items ticked for bulk coding (distinct from the one open in the detail panel). */
  checkedIds: ReadonlySet<string>;
  /** Where the last plain or ctrl click landed, for shift-click ranges. */
  anchorId: string | null;
  filter: EvidenceFilter;
  searchText: string;
  isReviewing: boolean;
  hiddenColumns: ReadonlySet<RegisterColumn>;
  /** The saved view last applied (by id), to show in the views menu. */
  activeViewId: string | null;
  lastCoding: { undo: CodingUndo; count: number } | null;
  setChecked(ids: Iterable<string>, anchorId?: string | null): void;
  setFilter(filter: EvidenceFilter): void;
  setSearchText(text: string): void;
  setReviewing(value: boolean): void;
  setColumnHidden(column: RegisterColumn, isHidden: boolean): void;
  setActiveView(id: string | null): void;
  setLastCoding(value: { undo: CodingUndo; count: number } | null): void;
}

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set) => ({
  checkedIds: new Set(),
  anchorId: null,
  filter: {},
  searchText: '',
  isReviewing: false,
  hiddenColumns: new Set(),
  activeViewId: null,
  lastCoding: null,
  setChecked: (ids, anchorId) => set((s) => ({ checkedIds: new Set(ids), anchorId: anchorId === undefined ? s.anchorId : anchorId })),
  setFilter: (filter) => set({ filter, checkedIds: new Set() }),
  setSearchText: (searchText) => set({ searchText, checkedIds: new Set() }),
  setReviewing: (isReviewing) => set({ isReviewing }),
  setColumnHidden: (column, isHidden) =>
    set((s) => {
      const next = new Set(s.hiddenColumns);
      if (isHidden) next.add(column);
      else next.delete(column);
      return { hiddenColumns: next };
    }),
  setActiveView: (activeViewId) => set({ activeViewId }),
  setLastCoding: (lastCoding) => set({ lastCoding }),
});
