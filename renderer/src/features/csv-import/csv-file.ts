import type { RandomAccessSource } from '@shared/archive/random-access';
import type { ShellApi } from '@shared/shell-api/api';
import { shellReadSource } from '../archive/data/shell-streams';

/**
 * Largest CSV the wizard imports. Its records and their checked rows stay in
 * memory until the import is written — measured at about 7 times the file's
 * size — so 256 MB keeps a window well inside its memory.
 */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

/** The CSV the user chose, held open by the shell and read by ranges; `close` once it is no longer read. */
export interface CsvFile {
  name: string;
  source: RandomAccessSource;
  close(): void;
}

export type ChosenCsv =
  | { status: 'opened'; file: CsvFile }
  | { status: 'too-large'; name: string; size: number }
  | { status: 'cancelled' };

type CsvShell = Pick<ShellApi, 'openForRead' | 'readChunk' | 'closeRead'>;

/** Asks the user for a CSV (the shell's dialog; a file input in the browser edition); one over MAX_CSV_BYTES is closed unread. */
export async function chooseCsvFile(shell: CsvShell): Promise<ChosenCsv> {
  const picked = await shell.openForRead({ filters: [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }] });
  if (picked.status !== 'opened') return picked;
  const close = () => void shell.closeRead({ handle: picked.handle }).catch(() => undefined);
  if (picked.size > MAX_CSV_BYTES) {
    close();
    return { status: 'too-large', name: picked.name, size: picked.size };
  }
  return { status: 'opened', file: { name: picked.name, source: shellReadSource(shell, picked.handle, picked.size), close } };
}
