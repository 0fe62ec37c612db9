import i18n from 'i18next';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { backUpCase, type BackupOutcome } from './data/back-up-case';
import { storageBackupMemory } from './data/backup-memory';

/** Backs up a case now; a failure is told to the user, never thrown into the page. */
export async function runBackup(caseId: string): Promise<BackupOutcome | null> {
  try {
    return await backUpCase(db, caseId, shell, storageBackupMemory());
  } catch (error) {
    useUiStore.getState().announce(i18n.t('backups.failed', { message: error instanceof Error ? error.message : String(error) }));
    return null;
  }
}
