import type { StateCreator } from 'zustand';
import type { StorageProblem } from '../db/storage-errors';

export interface StatusMessage {
  id: number;
  text: string;
}

export interface NoticesSlice {
  /** A storage problem stays on screen until dismissed: the user must see it. */
  storageProblem: StorageProblem | null;
  /** The latest confirmation of what just happened ("Case created"), announced politely. */
  status: StatusMessage | null;
  reportStorageProblem(problem: StorageProblem): void;
  dismissStorageProblem(): void;
  announce(text: string): void;
  /** Clears the confirmation if it is still the one given (a newer one stays). */
  clearStatus(id: number): void;
}

let nextId = 1;

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set) => ({
  storageProblem: null,
  status: null,
  reportStorageProblem: (problem) => set({ storageProblem: problem }),
  dismissStorageProblem: () => set({ storageProblem: null }),
  announce: (text) => set({ status: { id: nextId++, text } }),
  clearStatus: (id) => set((s) => (s.status?.id === id ? { status: null } : s)),
});
