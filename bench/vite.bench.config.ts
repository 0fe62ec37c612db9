import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../build/renderer-config';

/**
 * The browser edition plus a bench page, built side by side so both share one
 * origin (and so one IndexedDB): the page seeds through the app's own code,
 * the app is then measured as a user would open it.
 */
const base = rendererConfig('web');
export default defineConfig({
  ...base,
  root: resolve(__dirname, '..'),
  build: {
    ...base.build,
    outDir: resolve(__dirname, '../out/bench'),
    rollupOptions: {
      input: {
        app: resolve(__dirname, '../renderer/index.html'),
        bench: resolve(__dirname, 'evidence/index.html'),
      },
    },
  },
});
