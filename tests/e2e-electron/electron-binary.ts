import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds the Electron executable the npm package downloaded, without ever
 * loading `electron` itself (its index.js throws when the download failed,
 * and its installer would try the network again).
 */
export function findElectronBinary(projectRoot: string): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

export const MISSING_BINARY_REASON =
  'Electron binary not available on this machine (node_modules/electron/dist missing; download is blocked offline) — desktop end-to-end tests not run';
