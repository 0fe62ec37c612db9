import type { StateCreator } from 'zustand';

export interface ArgumentsUiSlice {
  /** The argument shown open below the list; null when none is. */
  openArgumentId: string | null;
  setOpenArgument(argumentId: string | null): void;
}

export const createArgumentsUiSlice: StateCreator<ArgumentsUiSlice, [], [], ArgumentsUiSlice> = (set) => ({
  openArgumentId: null,
  setOpenArgument: (openArgumentId) => set({ openArgumentId }),
});
