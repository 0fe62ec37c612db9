import type { StateCreator } from 'zustand';
import type { EvidenceFilter } from '@shared/review/filter';
import type { CodingUndo } from './data/coding-commands';

export interface ReviewSlice {
  /** Items ticked for bulk coding (distinct from the one open in the detail panel). */
  checkedIds: ReadonlySet<string>;
  /** Where the last plain or ctrl click landed, for shift-click ranges. */
  anchorId: string | null;
  filter: EvidenceFilter;
  searchText: string;
  isReviewing: boolean;
  lastCoding: { undo: CodingUndo; count: number } | null;
  setChecked(ids: Iterable<string>, anchorId?: string | null): void;
  setFilter(filter: EvidenceFilter): void;
  setSearchText(text: string): void;
  setReviewing(value: boolean): void;
  setLastCoding(value: { undo: CodingUndo; count: number } | null): void;
}

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set) => ({
  checkedIds: new Set(),
  anchorId: null,
  filter: {},
  searchText: '',
  isReviewing: false,
  lastCoding: null,
  setChecked: (ids, anchorId) => set((s) => ({ checkedIds: new Set(ids), anchorId: anchorId === undefined ? s.anchorId : anchorId })),
  setFilter: (filter) => set({ filter, checkedIds: new Set() }),
  setSearchText: (searchText) => set({ searchText, checkedIds: new Set() }),
  setReviewing: (isReviewing) => set({ isReviewing }),
  setLastCoding: (lastCoding) => set({ lastCoding }),
});
