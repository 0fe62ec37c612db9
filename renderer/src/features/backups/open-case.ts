/** The case open in the workspace, so "back up before quitting" knows which one to write. */
export const openCase: { current: string | null } = { current: null };
