import type { StateCreator } from 'zustand';

export type RegisterColumn = 'exhibitNo' | 'title' | 'kind' | 'platform' | 'capturedAt' | 'sensitivity' | 'tags' | 'reviewStatus';
export interface RegisterSort {
  column: RegisterColumn;
  direction: 'asc' | 'desc';
}

export interface IntakeProgress {
  name: string;
  done: number;
  total: number;
}

export type EvidenceDialog = { mode: 'create' } | { mode: 'edit'; itemId: string } | null;

export interface EvidenceUiSlice {
  selectedEvidenceId: string | null;
  registerSort: RegisterSort;
  columnWidths: Partial<Record<RegisterColumn, number>>;
  isShowingArchivedEvidence: boolean;
  intakeProgress: IntakeProgress[];
  evidenceDialog: EvidenceDialog;
  /** Restricted items revealed in this session; hidden again on reload. */
  revealedIds: ReadonlySet<string>;
  selectEvidence(id: string | null): void;
  sortRegisterBy(column: RegisterColumn): void;
  setColumnWidth(column: RegisterColumn, width: number): void;
  setShowingArchivedEvidence(value: boolean): void;
  setIntakeProgress(progress: IntakeProgress[]): void;
  openEvidenceDialog(dialog: Exclude<EvidenceDialog, null>): void;
  closeEvidenceDialog(): void;
  markRevealed(id: string): void;
}

export const createEvidenceUiSlice: StateCreator<EvidenceUiSlice, [], [], EvidenceUiSlice> = (set) => ({
  selectedEvidenceId: null,
  registerSort: { column: 'exhibitNo', direction: 'asc' },
  columnWidths: {},
  isShowingArchivedEvidence: false,
  intakeProgress: [],
  evidenceDialog: null,
  revealedIds: new Set(),
  selectEvidence: (selectedEvidenceId) => set({ selectedEvidenceId }),
  sortRegisterBy: (column) =>
    set((s) => ({
      registerSort: {
        column,
        direction: s.registerSort.column === column && s.registerSort.direction === 'asc' ? 'desc' : 'asc',
      },
    })),
  setColumnWidth: (column, width) => set((s) => ({ columnWidths: { ...s.columnWidths, [column]: width } })),
  setShowingArchivedEvidence: (isShowingArchivedEvidence) => set({ isShowingArchivedEvidence, selectedEvidenceId: null }),
  setIntakeProgress: (intakeProgress) => set({ intakeProgress }),
  openEvidenceDialog: (evidenceDialog) => set({ evidenceDialog }),
  closeEvidenceDialog: () => set({ evidenceDialog: null }),
  markRevealed: (id) => set((s) => ({ revealedIds: new Set([...s.revealedIds, id]) })),
});
