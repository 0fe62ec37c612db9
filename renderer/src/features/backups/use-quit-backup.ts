import { useEffect } from 'react';
import { shell } from '@platform/shell';
import { openCase } from './open-case';
import { runBackup } from './run-backup';

/** When the desktop app is quitting: back up the open case, then let it quit (the shell stops waiting after 30 s anyway). */
export function useQuitBackup(): void {
  useEffect(() => shell.onBeforeQuit(() => {
    const caseId = openCase.current;
    void (caseId ? runBackup(caseId) : Promise.resolve(null)).finally(() => void shell.confirmQuit());
  }), []);
}
