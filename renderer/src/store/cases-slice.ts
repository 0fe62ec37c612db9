import type { StateCreator } from 'zustand';

export type CaseDialog = { mode: 'create' } | { mode: 'edit'; caseId: string } | null;

export interface CasesUiSlice {
  isShowingArchived: boolean;
  caseDialog: CaseDialog;
  setShowingArchived(isShowingArchived: boolean): void;
  openCaseDialog(dialog: Exclude<CaseDialog, null>): void;
  closeCaseDialog(): void;
}

export const createCasesUiSlice: StateCreator<CasesUiSlice, [], [], CasesUiSlice> = (set) => ({
  isShowingArchived: false,
  caseDialog: null,
  setShowingArchived: (isShowingArchived) => set({ isShowingArchived }),
  openCaseDialog: (caseDialog) => set({ caseDialog }),
  closeCaseDialog: () => set({ caseDialog: null }),
});
