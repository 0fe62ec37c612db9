import type { ShellApi } from '@shared/shell-api/api';

declare global {
  interface Window {
    /** Exposed by electron/preload through contextBridge. */
    expedienteShell?: ShellApi;
  }
}

function bridged(): ShellApi {
  const api = window.expedienteShell;
  if (!api) throw new Error('The desktop shell API is missing: the preload script did not run.');
  return api;
}

export const shell: ShellApi = bridged();
