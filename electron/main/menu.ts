import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, type MessageBoxOptions } from 'electron';
import { shellEvents, type MenuCommand } from '../../shared/shell-api/channels';

const APP_NAME = 'Expediente';

/** File commands are the renderer's to carry out; the menu only tells the window in front. */
function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(shellEvents.menuCommand, command);
}

async function showAbout(): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: `About ${APP_NAME}`,
    message: APP_NAME,
    detail: `Version ${app.getVersion()}\nOffline workbench for platform-liability cases.`,
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** The id is the command, so tests (and anything else) can find the item with Menu.getMenuItemById. */
function commandItem(command: MenuCommand, label: string, accelerator: string): MenuItemConstructorOptions {
  return { id: command, label, accelerator, click: () => sendMenuCommand(command) };
}

function fileMenu(): MenuItemConstructorOptions {
  return {
    label: 'File',
    submenu: [
      commandItem('new-case', 'New case', 'CmdOrCtrl+N'),
      commandItem('open-archive', 'Open archive…', 'CmdOrCtrl+O'),
      commandItem('export-bundle', 'Export bundle…', 'CmdOrCtrl+E'),
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  // Reloading can drop unsaved form input and devtools are for developers: both only in development.
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [{ label: `About ${APP_NAME}`, click: () => void showAbout() }],
  };
}

export function installApplicationMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    // macOS puts the app's own menu first; elsewhere it does not exist.
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu(),
    { role: 'editMenu' },
    viewMenu(app.isPackaged),
    helpMenu(),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
