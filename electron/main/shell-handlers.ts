import { app } from 'electron';
import { createBackupHandlers } from './backup-handlers';
import { createFileHandlers } from './file-handlers';
import type { ShellHandlers } from './ipc';
import type { QuitGate } from './quit-gate';
import { createStreamHandlers } from './stream-handlers';

/** Every shell channel's implementation in the desktop edition. */
export function createShellHandlers(gate: QuitGate): ShellHandlers {
  return {
    ...createFileHandlers(),
    ...createStreamHandlers(),
    ...createBackupHandlers(gate),
    async getAppInfo() {
      return { version: app.getVersion(), canRevealFiles: true, canBackUp: true };
    },
  } satisfies ShellHandlers;
}
