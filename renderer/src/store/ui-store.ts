import { create } from 'zustand';
import { createCasesUiSlice, type CasesUiSlice } from './cases-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createEvidenceUiSlice, type EvidenceUiSlice } from '../features/evidence/evidence-ui-slice';
import { createReviewSlice, type ReviewSlice } from '../features/review/review-slice';

/** UI and session state only; persisted data is read from Dexie with useLiveQuery. */
export type UiState = NoticesSlice & CasesUiSlice & EvidenceUiSlice & ReviewSlice;

export const useUiStore = create<UiState>()((...a) => ({
  ...createNoticesSlice(...a),
  ...createCasesUiSlice(...a),
  ...createEvidenceUiSlice(...a),
  ...createReviewSlice(...a),
}));
