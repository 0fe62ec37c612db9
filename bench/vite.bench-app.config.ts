import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../build/renderer-config';

/** The browser edition exactly as `vite.web.config.ts` builds it, served beside the bench page (see vite.bench.config.ts). */
const base = rendererConfig('web');
export default defineConfig({
  ...base,
  build: { ...base.build, outDir: resolve(__dirname, '../out/bench/renderer'), emptyOutDir: false },
});
