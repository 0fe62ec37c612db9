import { GENESIS_HASH } from '@shared/audit/audit-chain';
import type { ShellApi, WriteBackupResult } from '@shared/shell-api/api';
import type { ExpedienteDatabase } from '../../../db/database';
import { auditHead } from '../../../db/audit-log';
import { buildCaseArchive } from '../../archive/data/export-case-archive';
import { BACKUP_KEEP } from '../backup-policy';
import type { BackupMemory } from './backup-memory';

export type BackupOutcome = { status: 'unchanged' } | { status: 'no-case' } | WriteBackupResult;

/**
 * Writes a backup of the case (a whole, unencrypted case archive, as on disk
 * the database itself is) through the shell, unless nothing was recorded in
 * its audit log since the last backup. The newest BACKUP_KEEP are kept.
 */
export async function backUpCase(
  database: ExpedienteDatabase, caseId: string, shell: Pick<ShellApi, 'writeBackup' | 'getAppInfo'>, memory: BackupMemory,
): Promise<BackupOutcome> {
  const theCase = await database.cases.get(caseId);
  if (!theCase) return { status: 'no-case' };
  const last = await auditHead(database, caseId);
  const head = last?.hash ?? GENESIS_HASH;
  if (memory.get(caseId) === head) return { status: 'unchanged' };
  const { version } = await shell.getAppInfo();
  const archive = await buildCaseArchive(database, caseId, version, null, () => undefined);
  const bytes = new Uint8Array(await archive.blob.arrayBuffer());
  const result = await shell.writeBackup({ caseId, caseTitle: theCase.title, bytes, keep: BACKUP_KEEP });
  if (result.status === 'written') memory.set(caseId, head);
  return result;
}
