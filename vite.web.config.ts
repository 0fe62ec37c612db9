import { defineConfig } from 'vite';
import { rendererConfig } from './build/renderer-config';

/** The browser edition: the same renderer, with the shell API implemented by browser means. */
export default defineConfig({
  ...rendererConfig('web'),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
