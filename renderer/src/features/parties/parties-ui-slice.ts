import type { StateCreator } from 'zustand';

export type PartyDialog = { mode: 'create' } | { mode: 'edit'; partyId: string } | null;

export interface PartiesUiSlice {
  partyDialog: PartyDialog;
  isShowingArchivedParties: boolean;
  /** The party whose screen is open below the list; null when none is. */
  openPartyId: string | null;
  openPartyDialog(dialog: Exclude<PartyDialog, null>): void;
  closePartyDialog(): void;
  setShowingArchivedParties(value: boolean): void;
  setOpenParty(partyId: string | null): void;
}

export const createPartiesUiSlice: StateCreator<PartiesUiSlice, [], [], PartiesUiSlice> = (set) => ({
  partyDialog: null,
  isShowingArchivedParties: false,
  openPartyId: null,
  openPartyDialog: (partyDialog) => set({ partyDialog }),
  closePartyDialog: () => set({ partyDialog: null }),
  setShowingArchivedParties: (isShowingArchivedParties) => set({ isShowingArchivedParties }),
  setOpenParty: (openPartyId) => set({ openPartyId }),
});
