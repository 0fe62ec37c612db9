import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { shellChannels, type ShellMethod } from '../../shared/shell-api/channels';
import type { ShellResults } from '../../shared/shell-api/results';
import { shellArgSchemas, type ShellArgs } from '../../shared/shell-api/schemas';
import type { TrustedOrigins } from './app-origin';
import { isTrustedSender, type SenderFrame } from './ipc-sender';

/** What a handler gets besides its validated arguments. */
export interface HandlerContext {
  /** The window that asked, so native dialogs are modal to it. */
  window: BrowserWindow | null;
}

/** One handler per channel; a missing or mistyped handler is a compile error. */
export type ShellHandlers = {
  [K in ShellMethod]: (args: ShellArgs[K], context: HandlerContext) => Promise<ShellResults[K]>;
};

// Re-typed per method (checked by assignment, not cast) so a generic K keeps its own argument type.
const argSchemas: { [K in ShellMethod]: z.ZodType<ShellArgs[K]> } = shellArgSchemas;

function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
}

function registerHandler<K extends ShellMethod>(method: K, handler: ShellHandlers[K], trusted: TrustedOrigins): void {
  const channel = shellChannels[method];
  ipcMain.handle(channel, async (event, rawArgs: unknown): Promise<ShellResults[K]> => {
    if (!isTrustedSender(senderFrameOf(event), trusted)) {
      throw new Error(`${channel} refused: the caller is not the Expediente window`);
    }
    const parsed = argSchemas[method].safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`${channel} refused: invalid arguments\n${z.prettifyError(parsed.error)}`);
    }
    return handler(parsed.data, { window: BrowserWindow.fromWebContents(event.sender) });
  });
}

export function registerShellHandlers(handlers: ShellHandlers, trusted: TrustedOrigins): void {
  // Object.keys is typed string[]; shellChannels is a const object whose keys are exactly ShellMethod.
  const methods = Object.keys(shellChannels) as ShellMethod[];
  for (const method of methods) registerHandler(method, handlers[method], trusted);
}
