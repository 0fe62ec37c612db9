import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './csp';

export type Edition = 'electron' | 'web';

const root = resolve(__dirname, '..');

/** Adds the strict CSP to the built page (dev servers need inline scripts for hot reload). */
function cspMeta(): Plugin {
  return {
    name: 'expediente-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

/** Renderer build shared by the desktop and browser editions; only the shell implementation differs. */
export function rendererConfig(edition: Edition): UserConfig {
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspMeta()],
    resolve: {
      alias: {
        '@platform/shell': resolve(root, `renderer/src/platform/shell.${edition}.ts`),
        '@shared': resolve(root, 'shared'),
      },
    },
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
    build: {
      outDir: resolve(root, edition === 'web' ? 'out/web' : 'out/renderer'),
      emptyOutDir: true,
      // One local bundle, loaded from disk: splitting would not make start-up faster.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  };
}
