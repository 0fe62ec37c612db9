import type { OpenFilesResult, ShellApi, ShellArgs } from '@shared/shell-api/api';
import { MAX_OPEN_FILE_BYTES } from '@shared/shell-api/schemas';
import { downloadBlob } from './download-blob';
import { pickFiles } from './pick-files';
import { webFileStreams } from './web-file-streams';

/** The browser edition's shell: downloads for saving, a file input for opening. */

function saveBytes({ suggestedName, bytes }: ShellArgs['saveBytes']) {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>]), suggestedName);
  return Promise.resolve({ status: 'saved' as const, name: suggestedName, path: null });
}

async function openFiles({ multiple, filters }: ShellArgs['openFiles']): Promise<OpenFilesResult> {
  const accept = (filters ?? []).flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
  const picked = await pickFiles({ multiple, accept });
  if (picked === null) return { status: 'cancelled' };
  const result: OpenFilesResult = { status: 'opened', files: [], refused: [] };
  for (const file of picked) {
    if (file.size > MAX_OPEN_FILE_BYTES) {
      result.refused.push({ name: file.name, size: file.size, reason: 'too-large' });
      continue;
    }
    try {
      result.files.push({ name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      result.refused.push({ name: file.name, size: file.size, reason: 'unreadable' });
    }
  }
  return result;
}

export const shell: ShellApi = {
  saveBytes,
  openFiles,
  ...webFileStreams,
  // A browser cannot show a downloaded file in the file manager.
  revealFile: () => Promise.resolve({ status: 'unavailable' }),
  getAppInfo: () => Promise.resolve({ version: __APP_VERSION__, canRevealFiles: false, canBackUp: false }),
  // A browser cannot write to a folder of its own choosing: automatic backups are a desktop feature.
  beginBackup: () => Promise.resolve({ status: 'unavailable' }),
  listBackups: () => Promise.resolve({ status: 'unavailable' }),
  openBackup: () => Promise.resolve({ status: 'unavailable' }),
  confirmQuit: () => Promise.resolve({ status: 'not-quitting' }),
  // The browser edition has no native menu; the same commands are buttons in the UI.
  onMenuCommand: () => () => undefined,
  onBeforeQuit: () => () => undefined,
};
