import { access, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type OpenDialogOptions, type SaveDialogOptions, shell } from 'electron';
import { MAX_OPEN_FILE_BYTES } from '../../shared/shell-api/schemas';
import type { ShellHandlers } from './ipc';
import { readSelectedFiles } from './read-selected-files';

type FileHandlers = Pick<ShellHandlers, 'saveBytes' | 'openFiles' | 'revealFile'>;

/** Native save / open dialogs and "show in folder". */
export function createFileHandlers(): FileHandlers {
  // Only files this session wrote may be revealed: the renderer cannot make the shell open arbitrary paths.
  const savedPaths = new Set<string>();

  return {
    async saveBytes({ suggestedName, bytes, filters }, { window }) {
      const options: SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        ...(filters ? { filters } : {}),
      };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      try {
        await writeFile(choice.filePath, bytes);
      } catch (error) {
        throw new Error(`Could not save ${basename(choice.filePath)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      savedPaths.add(choice.filePath);
      return { status: 'saved', name: basename(choice.filePath), path: choice.filePath };
    },

    async openFiles({ multiple, filters }, { window }) {
      const options: OpenDialogOptions = {
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        ...(filters ? { filters } : {}),
      };
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
      const { files, refused } = await readSelectedFiles(choice.filePaths, MAX_OPEN_FILE_BYTES);
      return { status: 'opened', files, refused };
    },

    async revealFile({ path }) {
      if (!savedPaths.has(path)) return { status: 'unavailable' };
      try {
        await access(path);
      } catch {
        return { status: 'unavailable' }; // moved or deleted since it was saved
      }
      shell.showItemInFolder(path);
      return { status: 'revealed' };
    },
  };
}
