import { isTrustedPageUrl, type TrustedOrigins } from './app-origin';

/** What the IPC check needs to know about the frame that sent a message. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only our own top-level page may call the shell. A missing frame (navigated
 * away or destroyed mid-call), a subframe, or a page from any other origin is
 * refused: the preload is not the only thing that can reach ipcMain.
 */
export function isTrustedSender(frame: SenderFrame | null, trusted: TrustedOrigins): boolean {
  return frame !== null && frame.isMainFrame && isTrustedPageUrl(frame.url, trusted);
}
