import type { StateCreator } from 'zustand';

export type PartyDialog = { mode: 'create' } | { mode: 'edit'; partyId: string } | null;

export interface PartiesUiSlice {
  partyDialog: PartyDialog;
  isShowingArchivedParties: boolean;
  openPartyDialog(dialog: Exclude<PartyDialog, null>): void;
  closePartyDialog(): void;
  setShowingArchivedParties(value: boolean): void;
}

export const createPartiesUiSlice: StateCreator<PartiesUiSlice, [], [], PartiesUiSlice> = (set) => ({
  partyDialog: null,
  isShowingArchivedParties: false,
  openPartyDialog: (partyDialog) => set({ partyDialog }),
  closePartyDialog: () => set({ partyDialog: null }),
  setShowingArchivedParties: (isShowingArchivedParties) => set({ isShowingArchivedParties }),
});
