import { app } from 'electron';
import { createFileHandlers } from './file-handlers';
import type { ShellHandlers } from './ipc';

/** Every shell channel's implementation in the desktop edition. */
export function createShellHandlers(): ShellHandlers {
  return {
    ...createFileHandlers(),
    async getAppInfo() {
      return { version: app.getVersion(), canRevealFiles: true };
    },
  } satisfies ShellHandlers;
}
