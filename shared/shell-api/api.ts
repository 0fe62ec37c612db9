import type { MenuCommand, ShellMethod } from './channels';
import type { ShellArgs } from './schemas';
import type { ShellResults, ShellResultsComplete } from './results';

const resultsComplete: ShellResultsComplete = true;
void resultsComplete;

type Call<K extends ShellMethod> = ShellArgs[K] extends undefined
  ? () => Promise<ShellResults[K]>
  : (args: ShellArgs[K]) => Promise<ShellResults[K]>;

/** The typed API the renderer sees, in either edition. */
export type ShellApi = { [K in ShellMethod]: Call<K> } & {
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribe to "the app is about to quit"; answer with confirmQuit once backups are written. */
  onBeforeQuit(listener: () => void): () => void;
};

export type { ShellArgs } from './schemas';
export type * from './results';
export { shellChannels, shellEvents, menuCommands } from './channels';
export type { ShellMethod, MenuCommand } from './channels';
