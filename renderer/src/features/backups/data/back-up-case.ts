import { GENESIS_HASH } from '@shared/audit/audit-chain';
import type { ShellApi } from '@shared/shell-api/api';
import type { ExpedienteDatabase } from '../../../db/database';
import { auditHead } from '../../../db/audit-log';
import { shellSaveStream } from '../../archive/data/shell-streams';
import { BACKUP_KEEP } from '../backup-policy';
import type { BackupMemory } from './backup-memory';

export type BackupShell = Pick<ShellApi, 'beginBackup' | 'writeChunk' | 'finishSave' | 'abortSave' | 'getAppInfo'>;

export type BackupOutcome =
  | { status: 'unchanged' }
  | { status: 'no-case' }
  | { status: 'unavailable' }
  | { status: 'written'; fileName: string; size: number };

/**
 * Writes a backup of the case (a whole, unencrypted case archive, as on disk
 * the database itself is) through the shell, unless nothing was recorded in
 * its audit log since the last backup. It streams like a manual export: the
 * shell holds it in a hidden partial file until it is finished, and only
 * then keeps the newest BACKUP_KEEP; a failure deletes the partial file.
 */
export async function backUpCase(database: ExpedienteDatabase, caseId: string, shell: BackupShell, memory: BackupMemory): Promise<BackupOutcome> {
  const theCase = await database.cases.get(caseId);
  if (!theCase) return { status: 'no-case' };
  const last = await auditHead(database, caseId);
  const head = last?.hash ?? GENESIS_HASH;
  if (memory.get(caseId) === head) return { status: 'unchanged' };
  const { version } = await shell.getAppInfo();
  const begun = await shell.beginBackup({ caseId, caseTitle: theCase.title, keep: BACKUP_KEEP });
  if (begun.status !== 'ready') return begun;
  const file = shellSaveStream(shell, begun.handle);
  // The archive writer (zip and all) loads with the first backup, not with the app.
  const { streamCaseArchive } = await import('../../archive/data/stream-case-archive');
  await streamCaseArchive(database, caseId, version, file.writable, { passphrase: null, onProgress: () => undefined });
  const saved = await file.saved;
  memory.set(caseId, head);
  return { status: 'written', fileName: saved.name, size: saved.size };
}
