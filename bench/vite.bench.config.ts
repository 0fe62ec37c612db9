import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../build/renderer-config';

/**
 * The bench page, built into out/bench. The app it measures is built apart,
 * as shipped, into out/bench/renderer (vite.bench-app.config.ts): one origin,
 * so one IndexedDB — the page seeds through the app's own code, and the app
 * is then opened as a user would open it, in its own chunks, not in chunks
 * shared with the bench page.
 */
const base = rendererConfig('web');
export default defineConfig({
  ...base,
  root: resolve(__dirname, '..'),
  build: {
    ...base.build,
    outDir: resolve(__dirname, '../out/bench'),
    rollupOptions: { input: { bench: resolve(__dirname, 'evidence/index.html') } },
  },
});
