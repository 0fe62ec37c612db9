import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, launchExpediente, projectRoot, skipWithoutElectron, test } from './fixtures';

skipWithoutElectron();

const packageVersion: unknown = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;

test('opens one window titled Expediente, served from app://expediente/', async ({ electronApp, appWindow }) => {
  await expect(appWindow).toHaveTitle('Expediente');
  expect(appWindow.url()).toMatch(/^app:\/\/expediente\//);
  expect(electronApp.windows()).toHaveLength(1);
});

test('the page gets the typed shell API and nothing of Node or IPC', async ({ appWindow }) => {
  const exposed = await appWindow.evaluate(() => {
    const shell: unknown = Reflect.get(window, 'expedienteShell');
    const members =
      typeof shell === 'object' && shell !== null
        ? Object.fromEntries(Object.entries(shell).map(([key, value]) => [key, typeof value]))
        : null;
    return {
      members,
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
      ipcRenderer: typeof Reflect.get(window, 'ipcRenderer'),
    };
  });
  // Exactly these members: a generic `invoke` or `ipcRenderer` sneaking in would fail here.
  expect(exposed.members).toEqual({
    saveBytes: 'function',
    openFiles: 'function',
    revealFile: 'function',
    beginSave: 'function',
    writeChunk: 'function',
    finishSave: 'function',
    abortSave: 'function',
    openForRead: 'function',
    readChunk: 'function',
    closeRead: 'function',
    getAppInfo: 'function',
    beginBackup: 'function',
    listBackups: 'function',
    openBackup: 'function',
    confirmQuit: 'function',
    onMenuCommand: 'function',
    onBeforeQuit: 'function',
  });
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  expect(exposed.ipcRenderer).toBe('undefined');
});

test('getAppInfo reports the version from package.json', async ({ appWindow }) => {
  const info = await appWindow.evaluate(() => window.expedienteShell?.getAppInfo());
  expect(info).toEqual({ version: packageVersion, canRevealFiles: true, canBackUp: true });
});

test('the shell refuses bad arguments and paths it did not save', async ({ appWindow }) => {
  const refusal = await appWindow.evaluate(async () => {
    try {
      await window.expedienteShell?.saveBytes({ suggestedName: '../../escape.pdf', bytes: new Uint8Array([1]) });
      return 'accepted';
    } catch (error) {
      return String(error);
    }
  });
  expect(refusal).toContain('invalid arguments');

  const reveal = await appWindow.evaluate(() => window.expedienteShell?.revealFile({ path: '/etc/passwd' }));
  expect(reveal).toEqual({ status: 'unavailable' });
});

test('the page cannot reach the network', async ({ appWindow }) => {
  const outcome = await appWindow.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
});

test('the session blocks remote pages even where no CSP applies', async ({ electronApp }) => {
  const outcome = await electronApp.evaluate(async ({ BrowserWindow }) => {
    const probe = new BrowserWindow({ show: false });
    try {
      await probe.loadURL('https://example.com/');
      return 'loaded';
    } catch (error) {
      return String(error);
    } finally {
      probe.destroy();
    }
  });
  expect(outcome).toContain('ERR_BLOCKED_BY_CLIENT');
});

test('links cannot navigate away or open new windows', async ({ electronApp, appWindow }) => {
  const appUrl = appWindow.url();
  await appWindow.evaluate(() => {
    window.open('https://example.com/');
    window.location.href = 'https://example.com/';
  });
  // Give a navigation, had it been allowed, time to start.
  await appWindow.waitForTimeout(500);
  expect(appWindow.url()).toBe(appUrl);
  expect(electronApp.windows()).toHaveLength(1);
});

test('File menu commands reach the page', async ({ electronApp, appWindow }) => {
  await appWindow.evaluate(() => {
    const received: string[] = [];
    Reflect.set(window, 'receivedMenuCommands', received);
    window.expedienteShell?.onMenuCommand((command) => received.push(command));
  });
  await electronApp.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('open-archive')?.click();
  });
  await expect.poll(() => appWindow.evaluate(() => Reflect.get(window, 'receivedMenuCommands'))).toEqual(['open-archive']);
});

test('a case created through the UI appears in the case list', async ({ appWindow }) => {
  const title = 'Doe v. Platform X';
  await appWindow.getByRole('button', { name: 'New case' }).first().click();
  const dialog = appWindow.getByRole('dialog');
  await dialog.getByLabel(/^Title/).fill(title);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
  await expect(appWindow.getByRole('table').getByRole('link', { name: title })).toBeVisible();
});

test('the window reopens at the size it was closed with', async ({ userDataDir }) => {
  const first = await launchExpediente(userDataDir);
  await first.firstWindow();
  await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ width: 1000, height: 700 }));
  await first.close();

  const second = await launchExpediente(userDataDir);
  await second.firstWindow();
  const size = await second.evaluate(({ BrowserWindow }) => {
    const bounds = BrowserWindow.getAllWindows()[0]?.getBounds();
    return bounds ? { width: bounds.width, height: bounds.height } : null;
  });
  await second.close();
  expect(size).toEqual({ width: 1000, height: 700 });
});
