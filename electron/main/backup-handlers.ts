import { app } from 'electron';
import { MAX_OPEN_FILE_BYTES } from '../../shared/shell-api/schemas';
import { backupFolder } from './backup-folder';
import { listBackups, readBackup, writeBackup } from './backup-store';
import type { ShellHandlers } from './ipc';
import type { QuitGate } from './quit-gate';
import { userDataOverride } from './user-data';

type BackupHandlers = Pick<ShellHandlers, 'writeBackup' | 'listBackups' | 'readBackup' | 'confirmQuit'>;

/** Automatic backups in the documents folder, and the answer to "may I quit now?". */
export function createBackupHandlers(gate: QuitGate): BackupHandlers {
  const root = () => backupFolder(app.getPath('documents'), userDataOverride(process.env));
  return {
    async writeBackup(args) {
      return { status: 'written', ...(await writeBackup(root(), args)) };
    },
    async listBackups() {
      return { status: 'listed', folder: root(), backups: await listBackups(root()) };
    },
    async readBackup({ caseId, fileName }) {
      const read = await readBackup(root(), caseId, fileName, MAX_OPEN_FILE_BYTES);
      return read.status === 'read' ? { status: 'read', name: fileName, bytes: read.bytes } : read;
    },
    async confirmQuit() {
      return { status: gate.confirm() ? 'quitting' : 'not-quitting' };
    },
  };
}
