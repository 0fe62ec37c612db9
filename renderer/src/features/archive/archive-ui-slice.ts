import type { StateCreator } from 'zustand';

/** Whether the "Import case archive" dialog is open (the case list button and the File menu open it). */
export interface ArchiveUiSlice {
  isImportingArchive: boolean;
  setImportingArchive(isOpen: boolean): void;
}

export const createArchiveUiSlice: StateCreator<ArchiveUiSlice, [], [], ArchiveUiSlice> = (set) => ({
  isImportingArchive: false,
  setImportingArchive: (isImportingArchive) => set({ isImportingArchive }),
});
