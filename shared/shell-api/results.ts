import type { ShellMethod } from './channels';

export type SaveBytesResult =
  | { status: 'saved'; name: string; /** full path where the OS tells it; null in the browser edition */ path: string | null }
  | { status: 'cancelled' };

export interface OpenedFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

export interface RefusedFile {
  name: string;
  size: number;
  reason: 'too-large' | 'unreadable';
}

export type OpenFilesResult =
  | { status: 'opened'; files: OpenedFile[]; refused: RefusedFile[] }
  | { status: 'cancelled' };

export type RevealFileResult = { status: 'revealed' } | { status: 'unavailable' };

export interface AppInfo {
  version: string;
  /** Whether `revealFile` can show a saved file in the OS file manager. */
  canRevealFiles: boolean;
}

export interface ShellResults {
  saveBytes: SaveBytesResult;
  openFiles: OpenFilesResult;
  revealFile: RevealFileResult;
  getAppInfo: AppInfo;
}

// Compile-time check that every channel has a result type and nothing more.
export type ShellResultsComplete = ShellResults extends Record<ShellMethod, unknown>
  ? (Exclude<keyof ShellResults, ShellMethod> extends never ? true : never)
  : never;
