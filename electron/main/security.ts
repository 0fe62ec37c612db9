import { app, type Session, type WebContents, session as electronSession } from 'electron';
import type { TrustedOrigins } from './app-origin';
import { isAllowedNavigation, isAllowedRequest } from './request-policy';

/**
 * The hardened session. Expediente needs no browser permission, no new
 * window, no embedded page and no network: all of it is refused here, once,
 * for every session and every web contents the app ever creates.
 */
export function hardenSession(target: Session, trusted: TrustedOrigins): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // No filter: every request of every scheme passes through the decision.
  target.webRequest.onBeforeRequest((details, callback) => {
    const isAllowed = isAllowedRequest(details.url, trusted);
    if (!isAllowed) console.warn(`[security] blocked request to ${details.url}`);
    callback({ cancel: !isAllowed });
  });
}

export function hardenWebContents(contents: WebContents, trusted: TrustedOrigins): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call before the app is ready: sessions and web contents created later are covered too. */
export function installSecurity(trusted: TrustedOrigins): void {
  app.on('session-created', (created) => hardenSession(created, trusted));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trusted));
  void app.whenReady().then(() => hardenSession(electronSession.defaultSession, trusted));
}
