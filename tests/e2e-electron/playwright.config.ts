import { defineConfig } from '@playwright/test';

/** Desktop end-to-end tests: Playwright drives the built app (run `npx electron-vite build` first). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One Electron at a time: each test already starts its own app with its own profile.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['./skip-reasons-reporter.ts']],
  outputDir: '../../test-results/e2e-electron',
});
