import { app } from 'electron';
import { backupFolder } from './backup-folder';
import { listBackups } from './backup-store';
import { BackupStreams } from './backup-streams';
import type { ShellHandlers } from './ipc';
import type { QuitGate } from './quit-gate';
import { userDataOverride } from './user-data';
import type { WindowStreams } from './window-streams';

type BackupHandlers = Pick<ShellHandlers, 'beginBackup' | 'listBackups' | 'openBackup' | 'confirmQuit'>;

/** Automatic backups in the documents folder (written and read as streamed files), and the answer to "may I quit now?". */
export function createBackupHandlers(gate: QuitGate, { streams, ownerOf }: WindowStreams): BackupHandlers {
  const root = () => backupFolder(app.getPath('documents'), userDataOverride(process.env));
  const backups = new BackupStreams(streams, root);
  return {
    async beginBackup(args, context) {
      return { status: 'ready', ...(await backups.begin(ownerOf(context), args)) };
    },
    async listBackups() {
      return { status: 'listed', folder: root(), backups: await listBackups(root()) };
    },
    async openBackup({ caseId, fileName }, context) {
      return backups.open(ownerOf(context), caseId, fileName);
    },
    async confirmQuit() {
      return { status: gate.confirm() ? 'quitting' : 'not-quitting' };
    },
  };
}
