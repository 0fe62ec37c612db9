import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../build/renderer-config';

/** The browser edition plus the CSV bench page, on one origin (so one IndexedDB). */
const base = rendererConfig('web');
export default defineConfig({
  ...base,
  root: resolve(__dirname, '../..'),
  build: {
    ...base.build,
    outDir: resolve(__dirname, '../../out/bench-csv-import'),
    rollupOptions: {
      input: {
        app: resolve(__dirname, '../../renderer/index.html'),
        bench: resolve(__dirname, 'index.html'),
      },
    },
  },
});
