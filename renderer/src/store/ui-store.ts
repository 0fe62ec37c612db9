import { create } from 'zustand';
import { createCasesUiSlice, type CasesUiSlice } from './cases-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';

/** UI and session state only; persisted data is read from Dexie with useLiveQuery. */
export type UiState = NoticesSlice & CasesUiSlice;

export const useUiStore = create<UiState>()((...a) => ({
  ...createNoticesSlice(...a),
  ...createCasesUiSlice(...a),
}));
