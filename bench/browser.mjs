// The Chromium every browser bench runs in. By default the profile lives on
// disk in a fresh temporary folder, as the desktop app's data does; an
// incognito context keeps IndexedDB in memory, which is not what a user has
// and measures differently (slower per record on these machines).
// BENCH_INCOGNITO=1 measures that case instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export async function launchBenchBrowser(extraArgs = []) {
  const options = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // BENCH_JS_FLAGS: V8 flags for every process of the browser (a diagnostic run; not how users start a browser).
    args: ['--disable-background-networking', ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : []), ...extraArgs],
    viewport: { width: 1440, height: 900 },
  };
  if (process.env.BENCH_INCOGNITO === '1') {
    const browser = await chromium.launch(options);
    const context = await browser.newContext({ viewport: options.viewport });
    // No restart: an in-memory profile does not outlive its browser.
    return { context, version: browser.version(), storage: 'in-memory (incognito)', close: () => browser.close(), restart: null };
  }
  const profile = mkdtempSync(join(tmpdir(), 'expediente-bench-'));
  // A persistent context has no Browser object to ask.
  const version = execFileSync(options.executablePath, ['--version'], { encoding: 'utf8' }).trim();
  const handle = {
    context: await chromium.launchPersistentContext(profile, options),
    version,
    storage: 'on disk (fresh profile)',
    close: async () => {
      await handle.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    /** Quits Chromium and starts it again on the same profile (what is stored stays): a user starting the app anew. */
    restart: async () => {
      await handle.context.close();
      handle.context = await chromium.launchPersistentContext(profile, options);
    },
  };
  return handle;
}
