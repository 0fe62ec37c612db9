import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL, type TrustedOrigins } from './app-origin';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-state';
import { loadWindowState, rememberWindowState } from './window-state-file';

/** Where electron-vite puts the built preload, next to out/main. */
const preloadPath = join(__dirname, '../preload/index.js');

export function createMainWindow(trusted: TrustedOrigins): BrowserWindow {
  const state = loadWindowState();
  // Options inline (not in a variable) so reviewers and the security scanner see them at the constructor.
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.position ?? {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Expediente',
    show: false, // shown once painted, so no white flash
    webPreferences: {
      // Reviewed (electronegativity asks for a review of every preload): it is sandboxed and exposes only
      // the named shell functions through contextBridge — see electron/preload/index.ts.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click must not open links in new windows (also denied by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      // Shipped builds have no developer tools at all.
      devTools: !app.isPackaged,
    },
  });

  if (state.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberWindowState(window);

  window.loadURL(trusted.devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] could not load the renderer', error);
  });
  return window;
}
