import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, MISSING_BINARY_REASON } from './electron-binary';

export const projectRoot = resolve(__dirname, '../..');
const electronBinary = findElectronBinary(projectRoot);

/** The environment the app starts with: ours, minus anything that would change what it loads. */
function appEnvironment(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // A dev-server URL would make the app load it instead of the built files; RUN_AS_NODE would make Electron plain Node.
  delete env['ELECTRON_RENDERER_URL'];
  delete env['ELECTRON_RUN_AS_NODE'];
  env['EXPEDIENTE_USER_DATA'] = userDataDir;
  return env;
}

/** Starts the built app; the project folder is passed (not out/main/index.js) so package.json gives name and version. */
export async function launchExpediente(userDataDir: string): Promise<ElectronApplication> {
  if (electronBinary === null) throw new Error(MISSING_BINARY_REASON);
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npx electron-vite build` before the desktop end-to-end tests');
  }
  return electron.launch({
    executablePath: electronBinary,
    args: [projectRoot],
    cwd: projectRoot,
    env: appEnvironment(userDataDir),
    // The UI follows the system language; tests find English labels whatever the machine's locale.
    locale: 'en-US',
  });
}

interface Fixtures {
  /** A fresh, empty profile folder, deleted after the test. */
  userDataDir: string;
  electronApp: ElectronApplication;
  /** The app's main window, loaded. */
  appWindow: Page;
}

export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'expediente-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  electronApp: async ({ userDataDir }, use, testInfo) => {
    const app = await launchExpediente(userDataDir);
    // Traces are recorded always and kept only when a test fails.
    await app.context().tracing.start({ screenshots: true, snapshots: true });
    await use(app);
    const isFailed = testInfo.status !== testInfo.expectedStatus;
    await app.context().tracing.stop(isFailed ? { path: testInfo.outputPath('trace.zip') } : undefined);
    await app.close();
  },

  appWindow: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

/** Skips every test in the calling file, with the reason, where there is no Electron to drive. */
export function skipWithoutElectron(): void {
  test.skip(electronBinary === null, MISSING_BINARY_REASON);
}

export { expect } from '@playwright/test';
