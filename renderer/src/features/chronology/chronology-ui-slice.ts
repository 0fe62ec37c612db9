import type { FactStatus } from '@shared/domain/types';
import { DATE_ORDER, type FactSort } from '@shared/chronology/fact-sort';
import type { StateCreator } from 'zustand';

/** A new fact may start linked to the evidence item it was created from. */
export type FactDialog = { mode: 'create'; evidenceId: string | null } | { mode: 'edit'; factId: string } | null;

/** The ready-made views of the chronology. */
export const factViews = ['all', 'undisputed', 'by-issue'] as const;
export type FactView = (typeof factViews)[number];
export type FactDisplay = 'table' | 'timeline';

export interface ChronologyUiSlice {
  factDialog: FactDialog;
  factStatusFilter: FactStatus | null;
  factPartyFilter: string | null;
  /** An argument id, or NONE (shared/chronology/fact-filter) for facts with no issue. */
  factIssueFilter: string | null;
  /** An evidence item id, ANY or NONE (shared/chronology/fact-filter). */
  factEvidenceFilter: string | null;
  factView: FactView;
  factDisplay: FactDisplay;
  /** The fact shown open below the chronology; null when none is. */
  openFactId: string | null;
  factSort: FactSort;
  openFactDialog(dialog: Exclude<FactDialog, null>): void;
  closeFactDialog(): void;
  setFactStatusFilter(status: FactStatus | null): void;
  setFactPartyFilter(partyId: string | null): void;
  setFactIssueFilter(argumentId: string | null): void;
  setFactEvidenceFilter(evidence: string | null): void;
  setFactView(view: FactView): void;
  setFactDisplay(display: FactDisplay): void;
  setOpenFact(factId: string | null): void;
  setFactSort(sort: FactSort): void;
  /** Clears the filters and the open fact (the view and display are kept: they are a preference). */
  resetChronologyView(): void;
}

export const createChronologyUiSlice: StateCreator<ChronologyUiSlice, [], [], ChronologyUiSlice> = (set) => ({
  factDialog: null,
  factStatusFilter: null,
  factPartyFilter: null,
  factIssueFilter: null,
  factEvidenceFilter: null,
  factView: 'all',
  factDisplay: 'table',
  openFactId: null,
  factSort: DATE_ORDER,
  openFactDialog: (factDialog) => set({ factDialog }),
  closeFactDialog: () => set({ factDialog: null }),
  setFactStatusFilter: (factStatusFilter) => set({ factStatusFilter }),
  setFactPartyFilter: (factPartyFilter) => set({ factPartyFilter }),
  setFactIssueFilter: (factIssueFilter) => set({ factIssueFilter }),
  setFactEvidenceFilter: (factEvidenceFilter) => set({ factEvidenceFilter }),
  setFactView: (factView) => set({ factView }),
  setFactDisplay: (factDisplay) => set({ factDisplay }),
  setOpenFact: (openFactId) => set({ openFactId }),
  setFactSort: (factSort) => set({ factSort }),
  resetChronologyView: () => set({ factStatusFilter: null, factPartyFilter: null, factIssueFilter: null, factEvidenceFilter: null, openFactId: null }),
});
