import { create } from 'zustand';
import { createCasesUiSlice, type CasesUiSlice } from './cases-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createEvidenceUiSlice, type EvidenceUiSlice } from '../features/evidence/evidence-ui-slice';
import { createReviewSlice, type ReviewSlice } from '../features/review/review-slice';
import { createPartiesUiSlice, type PartiesUiSlice } from '../features/parties/parties-ui-slice';
import { createChronologyUiSlice, type ChronologyUiSlice } from '../features/chronology/chronology-ui-slice';
import { createExpertsUiSlice, type ExpertsUiSlice } from '../features/experts/experts-ui-slice';
import { createArchiveUiSlice, type ArchiveUiSlice } from '../features/archive/archive-ui-slice';
import { createBackupsUiSlice, type BackupsUiSlice } from '../features/backups/backups-ui-slice';
import { createArgumentsUiSlice, type ArgumentsUiSlice } from '../features/arguments/arguments-ui-slice';

/** UI and session state only; persisted data is read from Dexie with useLiveQuery. */
export type UiState = NoticesSlice & CasesUiSlice & EvidenceUiSlice & ReviewSlice & PartiesUiSlice & ChronologyUiSlice & ExpertsUiSlice & ArchiveUiSlice & BackupsUiSlice & ArgumentsUiSlice;

export const useUiStore = create<UiState>()((...a) => ({
  ...createNoticesSlice(...a),
  ...createCasesUiSlice(...a),
  ...createEvidenceUiSlice(...a),
  ...createReviewSlice(...a),
  ...createPartiesUiSlice(...a),
  ...createChronologyUiSlice(...a),
  ...createExpertsUiSlice(...a),
  ...createArchiveUiSlice(...a),
  ...createBackupsUiSlice(...a),
  ...createArgumentsUiSlice(...a),
}));
