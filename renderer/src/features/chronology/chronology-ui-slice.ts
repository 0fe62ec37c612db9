import type { FactStatus } from '@shared/domain/types';
import type { StateCreator } from 'zustand';

/** A new fact may start linked to the evidence item it was created from. */
export type FactDialog = { mode: 'create'; evidenceId: string | null } | { mode: 'edit'; factId: string } | null;

export interface ChronologyUiSlice {
  factDialog: FactDialog;
  factStatusFilter: FactStatus | null;
  factPartyFilter: string | null;
  openFactDialog(dialog: Exclude<FactDialog, null>): void;
  closeFactDialog(): void;
  setFactStatusFilter(status: FactStatus | null): void;
  setFactPartyFilter(partyId: string | null): void;
}

export const createChronologyUiSlice: StateCreator<ChronologyUiSlice, [], [], ChronologyUiSlice> = (set) => ({
  factDialog: null,
  factStatusFilter: null,
  factPartyFilter: null,
  openFactDialog: (factDialog) => set({ factDialog }),
  closeFactDialog: () => set({ factDialog: null }),
  setFactStatusFilter: (factStatusFilter) => set({ factStatusFilter }),
  setFactPartyFilter: (factPartyFilter) => set({ factPartyFilter }),
});
