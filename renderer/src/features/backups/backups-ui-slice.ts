import type { StateCreator } from 'zustand';

/** An archive chosen outside the import dialog (a backup to restore), held open by the shell, handed to the dialog to verify and import. */
export interface PendingArchive {
  name: string;
  /** The shell's read handle; the import dialog reads by ranges and closes it. */
  handle: string;
  size: number;
}

export interface BackupsUiSlice {
  isRestoringBackup: boolean;
  setRestoringBackup(isOpen: boolean): void;
  pendingArchive: PendingArchive | null;
  setPendingArchive(archive: PendingArchive | null): void;
}

export const createBackupsUiSlice: StateCreator<BackupsUiSlice, [], [], BackupsUiSlice> = (set) => ({
  isRestoringBackup: false,
  setRestoringBackup: (isRestoringBackup) => set({ isRestoringBackup }),
  pendingArchive: null,
  setPendingArchive: (pendingArchive) => set({ pendingArchive }),
});
