import { app } from 'electron';
import { createBackupHandlers } from './backup-handlers';
import { createFileHandlers } from './file-handlers';
import type { ShellHandlers } from './ipc';
import type { QuitGate } from './quit-gate';
import { createStreamHandlers } from './stream-handlers';
import { createWindowStreams } from './window-streams';

/** Every shell channel's implementation in the desktop edition. */
export function createShellHandlers(gate: QuitGate): ShellHandlers {
  // One set of file handles: a backup is a streamed save like any other.
  const streams = createWindowStreams();
  return {
    ...createFileHandlers(),
    ...createStreamHandlers(streams),
    ...createBackupHandlers(gate, streams),
    async getAppInfo() {
      return { version: app.getVersion(), canRevealFiles: true, canBackUp: true };
    },
  } satisfies ShellHandlers;
}
