import { useEffect } from 'react';
import { shell } from '@platform/shell';
import { BACKUP_INTERVAL_MS } from './backup-policy';
import { openCase } from './open-case';
import { runBackup } from './run-backup';

/**
 * While a case is open in the desktop edition: a backup every
 * BACKUP_INTERVAL_MS when it changed, and one when the case is left.
 * The browser edition has no backups (the shell says so) and does nothing.
 */
export function useAutoBackup(caseId: string): void {
  useEffect(() => {
    let canBackUp = false;
    openCase.current = caseId;
    void shell.getAppInfo().then((info) => {
      canBackUp = info.canBackUp;
    });
    const run = () => {
      if (canBackUp) void runBackup(caseId);
    };
    const timer = setInterval(run, BACKUP_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      if (openCase.current === caseId) openCase.current = null;
      run();
    };
  }, [caseId]);
}
