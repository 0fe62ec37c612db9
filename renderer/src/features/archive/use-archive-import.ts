import { useState } from 'react';
import type { ArchiveError } from '@shared/archive/archive-error';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { importArchiveFile, type ArchiveFile, type ImportOutcome } from './data/import-archive-file';

export type ImportState =
  | { step: 'choose'; problem: 'too-large' | 'unreadable' | null; size?: number }
  | { step: 'verifying'; file: ArchiveFile; done: number; total: number }
  | { step: 'passphrase'; file: ArchiveFile; error: ArchiveError | null }
  | { step: 'refused'; file: ArchiveFile; error: ArchiveError }
  | { step: 'imported'; outcome: Extract<ImportOutcome, { status: 'imported' }> };

/** Choose an archive, ask for its passphrase when it is encrypted, verify and import it. */
export function useArchiveImport() {
  const [state, setState] = useState<ImportState>({ step: 'choose', problem: null });

  const attempt = async (file: ArchiveFile, passphrase: string | null) => {
    setState({ step: 'verifying', file, done: 0, total: 1 });
    const outcome = await withStorageErrors(() => importArchiveFile(db, file, passphrase, (p) => setState({ step: 'verifying', file, done: p.doneBytes, total: Math.max(1, p.totalBytes) })));
    if (!outcome) return setState({ step: 'choose', problem: null });
    if (outcome.status === 'imported') return setState({ step: 'imported', outcome });
    if (outcome.status === 'needs-passphrase') return setState({ step: 'passphrase', file, error: null });
    if (passphrase && outcome.error.code === 'wrong-passphrase') return setState({ step: 'passphrase', file, error: outcome.error });
    setState({ step: 'refused', file, error: outcome.error });
  };

  const choose = async () => {
    const picked = await shell.openFiles({ multiple: false, filters: [{ name: 'Expediente case archive', extensions: ['expediente', 'zip'] }] });
    if (picked.status !== 'opened') return;
    const refused = picked.refused[0];
    if (refused) return setState({ step: 'choose', problem: refused.reason, size: refused.size });
    const opened = picked.files[0];
    if (!opened) return;
    await attempt({ name: opened.name, blob: new Blob([opened.bytes as Uint8Array<ArrayBuffer>]) }, null);
  };

  return { state, choose, attempt, reset: () => setState({ step: 'choose', problem: null }) };
}
