import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { MAX_STREAMED_FILE_BYTES } from '../../shared/shell-api/schemas';
import type { ShellHandlers } from './ipc';
import type { WindowStreams } from './window-streams';

type StreamHandlers = Pick<ShellHandlers, 'beginSave' | 'writeChunk' | 'finishSave' | 'abortSave' | 'openForRead' | 'readChunk' | 'closeRead'>;

/** Streamed save and open: native dialogs here, the file handles in FileStreams (plain Node, unit-tested). */
export function createStreamHandlers({ streams, ownerOf }: WindowStreams): StreamHandlers {
  return {
    async beginSave({ suggestedName, filters }, context) {
      const owner = ownerOf(context);
      const options: SaveDialogOptions = { defaultPath: join(app.getPath('documents'), suggestedName), ...(filters ? { filters } : {}) };
      const choice = await dialog.showSaveDialog(context.window!, options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      return { status: 'ready', handle: await streams.beginSave(owner, choice.filePath), name: basename(choice.filePath) };
    },
    async writeChunk({ handle, bytes }, context) {
      return { status: 'written', size: await streams.write(ownerOf(context), handle, bytes) };
    },
    async finishSave({ handle }, context) {
      return { status: 'saved', ...(await streams.finish(ownerOf(context), handle)) };
    },
    async abortSave({ handle }, context) {
      await streams.abort(ownerOf(context), handle);
      return { status: 'aborted' };
    },
    async openForRead({ filters }, context) {
      const owner = ownerOf(context);
      const options: OpenDialogOptions = { properties: ['openFile'], ...(filters ? { filters } : {}) };
      const choice = await dialog.showOpenDialog(context.window!, options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { status: 'cancelled' };
      const { size: onDisk } = await stat(path);
      if (onDisk > MAX_STREAMED_FILE_BYTES) return { status: 'too-large', name: basename(path), size: onDisk };
      const { handle, size } = await streams.openRead(owner, path);
      return { status: 'opened', handle, name: basename(path), size };
    },
    async readChunk({ handle, offset, length }, context) {
      return { bytes: await streams.read(ownerOf(context), handle, offset, length) };
    },
    async closeRead({ handle }, context) {
      await streams.closeRead(ownerOf(context), handle);
      return { status: 'closed' };
    },
  };
}
