/**
 * The shell API: everything the renderer may ask of the desktop shell.
 * Channel names live here; argument schemas in `schemas.ts`; result types in
 * `results.ts`. `ShellApi` in `api.ts` joins them. Main, preload and the
 * browser edition all derive from these three files — no other channel list.
 */
export const shellChannels = {
  saveBytes: 'file:save-bytes',
  openFiles: 'file:open-files',
  revealFile: 'file:reveal-file',
  // Streamed files (archives of any size): a save or an open is a handle held by the shell, never a path.
  beginSave: 'file:begin-save',
  writeChunk: 'file:write-chunk',
  finishSave: 'file:finish-save',
  abortSave: 'file:abort-save',
  openForRead: 'file:open-for-read',
  readChunk: 'file:read-chunk',
  closeRead: 'file:close-read',
  getAppInfo: 'app:get-info',
  // A backup is written and read through the streamed-file channels above; these only open it.
  beginBackup: 'backup:begin',
  listBackups: 'backup:list',
  openBackup: 'backup:open',
  confirmQuit: 'app:confirm-quit',
} as const;

export type ShellMethod = keyof typeof shellChannels;

/** Events the shell pushes to the renderer (menu clicks, quitting). */
export const shellEvents = {
  menuCommand: 'menu:command',
  /** The app is about to quit: the renderer writes its last backups, then calls confirmQuit. */
  beforeQuit: 'app:before-quit',
} as const;

export const menuCommands = ['new-case', 'open-archive', 'export-bundle', 'show-about'] as const;
export type MenuCommand = (typeof menuCommands)[number];
