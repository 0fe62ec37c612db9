import type { BrowserWindow } from 'electron';
import { MAX_STREAM_CHUNK_BYTES, MAX_STREAMED_FILE_BYTES } from '../../shared/shell-api/schemas';
import { FileStreams } from './file-streams';
import type { HandlerContext } from './ipc';

/** The one set of file handles every streamed save and open uses (archives, backups, CSV), and whose window owns each. */
export interface WindowStreams {
  streams: FileStreams;
  ownerOf(context: HandlerContext): number;
}

export function createWindowStreams(): WindowStreams {
  const streams = new FileStreams({ maxChunkBytes: MAX_STREAM_CHUNK_BYTES, maxFileBytes: MAX_STREAMED_FILE_BYTES, maxOpenPerOwner: 8 });
  const tracked = new WeakSet<BrowserWindow>();
  // Handles belong to the window that opened them and die with it (a partial save is deleted).
  const ownerOf = ({ window }: HandlerContext): number => {
    if (!window) throw new Error('A streamed file needs the window that asks for it');
    const owner = window.webContents.id;
    if (!tracked.has(window)) {
      tracked.add(window);
      window.once('closed', () => void streams.closeAll(owner));
    }
    return owner;
  };
  return { streams, ownerOf };
}
