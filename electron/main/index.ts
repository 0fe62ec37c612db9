import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { shellEvents } from '../../shared/shell-api/channels';
import type { TrustedOrigins } from './app-origin';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { registerShellHandlers } from './ipc';
import { createMainWindow } from './main-window';
import { installApplicationMenu } from './menu';
import { QuitGate } from './quit-gate';
import { installSecurity } from './security';
import { createShellHandlers } from './shell-handlers';
import { userDataOverride } from './user-data';

// Before anything else: the single-instance lock and all storage live under userData.
const userData = userDataOverride(process.env);
if (userData !== null) app.setPath('userData', userData);

// The dev server URL is only believed in development; a packaged app always serves its own files.
const trusted: TrustedOrigins = {
  devServerUrl: app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null),
};

/** The renderer build, next to out/main. */
const rendererRoot = join(__dirname, '../renderer');

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  // 'second-instance' and 'activate' can arrive before we are ready to create windows.
  if (!app.isReady()) return;
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(trusted);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another Expediente owns this profile: it gets focused (below, in that process) and we leave.
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  installSecurity(trusted);

  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);

  // On quit the open case gets its last backup first (the renderer writes it, then confirms).
  const quitGate = new QuitGate(() => {
    if (mainWindow === null || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(shellEvents.beforeQuit);
    return true;
  }, () => app.quit());
  app.on('before-quit', (event) => {
    if (quitGate.onBeforeQuit()) event.preventDefault();
  });

  void app.whenReady().then(() => {
    serveAppScheme(rendererRoot);
    registerShellHandlers(createShellHandlers(quitGate), trusted);
    installApplicationMenu();
    showMainWindow();
  });
}
