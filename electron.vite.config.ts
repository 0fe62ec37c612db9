import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './build/renderer-config';

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot require node_modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: rendererConfig('electron'),
});
