import type { StateCreator } from 'zustand';

export type ReportDialog = { mode: 'create' } | { mode: 'edit'; reportId: string } | null;

export interface ExpertsUiSlice {
  reportDialog: ReportDialog;
  /** The report shown open below the list; null when none is. */
  openReportId: string | null;
  isShowingArchivedReports: boolean;
  openReportDialog(dialog: Exclude<ReportDialog, null>): void;
  closeReportDialog(): void;
  setOpenReport(reportId: string | null): void;
  setShowingArchivedReports(value: boolean): void;
}

export const createExpertsUiSlice: StateCreator<ExpertsUiSlice, [], [], ExpertsUiSlice> = (set) => ({
  reportDialog: null,
  openReportId: null,
  isShowingArchivedReports: false,
  openReportDialog: (reportDialog) => set({ reportDialog }),
  closeReportDialog: () => set({ reportDialog: null }),
  setOpenReport: (openReportId) => set({ openReportId }),
  setShowingArchivedReports: (isShowingArchivedReports) => set({ isShowingArchivedReports }),
});
