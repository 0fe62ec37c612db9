/**
 * The only bridge between the page and the shell. Each channel is one named
 * function; the page never sees ipcRenderer, a generic invoke, or an IPC event.
 * Imports only channel names (no zod): a sandboxed preload must stay small
 * and self-contained.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ShellApi } from '../../shared/shell-api/api';
import { menuCommands, shellChannels, shellEvents, type MenuCommand } from '../../shared/shell-api/channels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return menuCommands.some((command) => command === value);
}

const api = {
  saveBytes: (args) => ipcRenderer.invoke(shellChannels.saveBytes, args),
  openFiles: (args) => ipcRenderer.invoke(shellChannels.openFiles, args),
  revealFile: (args) => ipcRenderer.invoke(shellChannels.revealFile, args),
  beginSave: (args) => ipcRenderer.invoke(shellChannels.beginSave, args),
  writeChunk: (args) => ipcRenderer.invoke(shellChannels.writeChunk, args),
  finishSave: (args) => ipcRenderer.invoke(shellChannels.finishSave, args),
  abortSave: (args) => ipcRenderer.invoke(shellChannels.abortSave, args),
  openForRead: (args) => ipcRenderer.invoke(shellChannels.openForRead, args),
  readChunk: (args) => ipcRenderer.invoke(shellChannels.readChunk, args),
  closeRead: (args) => ipcRenderer.invoke(shellChannels.closeRead, args),
  getAppInfo: () => ipcRenderer.invoke(shellChannels.getAppInfo),
  beginBackup: (args) => ipcRenderer.invoke(shellChannels.beginBackup, args),
  listBackups: () => ipcRenderer.invoke(shellChannels.listBackups),
  openBackup: (args) => ipcRenderer.invoke(shellChannels.openBackup, args),
  confirmQuit: () => ipcRenderer.invoke(shellChannels.confirmQuit),
  onMenuCommand: (listener) => {
    // The event object is stripped: it would hand the page a way back to ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(shellEvents.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(shellEvents.menuCommand, forward);
    };
  },
  onBeforeQuit: (listener) => {
    const forward = (): void => listener();
    ipcRenderer.on(shellEvents.beforeQuit, forward);
    return () => {
      ipcRenderer.removeListener(shellEvents.beforeQuit, forward);
    };
  },
} satisfies ShellApi;

contextBridge.exposeInMainWorld('expedienteShell', api);
