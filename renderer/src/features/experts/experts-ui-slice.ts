import type { StateCreator } from 'zustand';

export type ReportDialog = { mode: 'create' } | { mode: 'edit'; reportId: string } | null;

export interface ExpertsUiSlice {
  reportDialog: ReportDialog;
  /** The report shown open below the list; null when none is. */
  openReportId: string | null;
  /** The part of the open report to bring into view (a finding's id, or 'conclusions'), as a search result asks. */
  focusedReportPart: string | null;
  isShowingArchivedReports: boolean;
  openReportDialog(dialog: Exclude<ReportDialog, null>): void;
  closeReportDialog(): void;
  setOpenReport(reportId: string | null, part?: string | null): void;
  setShowingArchivedReports(value: boolean): void;
}

export const createExpertsUiSlice: StateCreator<ExpertsUiSlice, [], [], ExpertsUiSlice> = (set) => ({
  reportDialog: null,
  openReportId: null,
  focusedReportPart: null,
  isShowingArchivedReports: false,
  openReportDialog: (reportDialog) => set({ reportDialog }),
  closeReportDialog: () => set({ reportDialog: null }),
  setOpenReport: (openReportId, focusedReportPart = null) => set({ openReportId, focusedReportPart }),
  setShowingArchivedReports: (isShowingArchivedReports) => set({ isShowingArchivedReports }),
});
