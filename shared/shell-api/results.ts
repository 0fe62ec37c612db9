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

export type BeginSaveResult = { status: 'ready'; handle: string; name: string } | { status: 'cancelled' };
/** `size`: bytes written so far. */
export type WriteChunkResult = { status: 'written'; size: number };
/** The file is in place under its chosen name only now; until then it was a hidden partial file. */
export type FinishSaveResult = { status: 'saved'; name: string; size: number };
/** The partial file is deleted. */
export type AbortSaveResult = { status: 'aborted' };
export type OpenForReadResult =
  | { status: 'opened'; handle: string; name: string; size: number }
  | { status: 'too-large'; name: string; size: number }
  | { status: 'cancelled' };
/** Fewer bytes than asked only at the end of the file. */
export type ReadChunkResult = { bytes: Uint8Array };
export type CloseReadResult = { status: 'closed' };

export type RevealFileResult = { status: 'revealed' } | { status: 'unavailable' };

export interface AppInfo {
  version: string;
  /** Whether `revealFile` can show a saved file in the OS file manager. */
  canRevealFiles: boolean;
  /** Whether the shell keeps automatic backups (the desktop edition does; a browser cannot write to a folder). */
  canBackUp: boolean;
}

export interface BackupEntry {
  caseId: string;
  caseTitle: string;
  fileName: string;
  /** When it was written (ISO UTC), from its name. */
  at: string;
  size: number;
}

/** A backup to stream into with writeChunk, then finishSave (it is named, and older ones pruned) or abortSave. */
export type BeginBackupResult = { status: 'ready'; handle: string; fileName: string } | { status: 'unavailable' };

export type ListBackupsResult = { status: 'listed'; folder: string; backups: BackupEntry[] } | { status: 'unavailable' };

/** A backup open for reading by ranges (readChunk, then closeRead). */
export type OpenBackupResult =
  | { status: 'opened'; handle: string; name: string; size: number }
  | { status: 'missing' }
  | { status: 'unavailable' };

export interface ShellResults {
  saveBytes: SaveBytesResult;
  openFiles: OpenFilesResult;
  revealFile: RevealFileResult;
  beginSave: BeginSaveResult;
  writeChunk: WriteChunkResult;
  finishSave: FinishSaveResult;
  abortSave: AbortSaveResult;
  openForRead: OpenForReadResult;
  readChunk: ReadChunkResult;
  closeRead: CloseReadResult;
  getAppInfo: AppInfo;
  beginBackup: BeginBackupResult;
  listBackups: ListBackupsResult;
  openBackup: OpenBackupResult;
  confirmQuit: { status: 'quitting' | 'not-quitting' };
}

// Compile-time check that every channel has a result type and nothing more.
export type ShellResultsComplete = ShellResults extends Record<ShellMethod, unknown>
  ? (Exclude<keyof ShellResults, ShellMethod> extends never ? true : never)
  : never;
