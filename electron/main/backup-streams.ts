import { backupPath, newBackupPath, settleBackups } from './backup-store';
import type { FileStreams } from './file-streams';

/**
 * Automatic backups through the same file handles as any streamed save or
 * open: a backup is written chunk by chunk into a hidden partial file, takes
 * its name only when finished (writeChunk / finishSave), and only then are
 * older backups pruned; abortSave — or the window closing — deletes it.
 * Restoring opens a backup for reading by ranges (readChunk). Node only.
 */
export class BackupStreams {
  constructor(
    private readonly streams: FileStreams,
    private readonly root: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async begin(owner: number, args: { caseId: string; caseTitle: string; keep: number }): Promise<{ handle: string; fileName: string }> {
    const isSaving = (path: string) => this.streams.isSaving(path);
    const { folder, fileName, path } = await newBackupPath(this.root(), args.caseId, this.now(), isSaving);
    const onSaved = async () => {
      // The backup is complete and named; a failure to tidy up is retried after the next one.
      await settleBackups(folder, { caseId: args.caseId, caseTitle: args.caseTitle }, args.keep, isSaving).catch(() => undefined);
    };
    return { handle: await this.streams.beginSave(owner, path, { onSaved }), fileName };
  }

  async open(owner: number, caseId: string, fileName: string): Promise<{ status: 'opened'; handle: string; name: string; size: number } | { status: 'missing' }> {
    const path = await backupPath(this.root(), caseId, fileName);
    if (path === null) return { status: 'missing' };
    try {
      return { status: 'opened', name: fileName, ...(await this.streams.openRead(owner, path)) };
    } catch (error) {
      // Pruned between the check and the open.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
      throw error;
    }
  }
}
