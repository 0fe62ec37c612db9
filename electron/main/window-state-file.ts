import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, screen } from 'electron';
import { restoreWindowState, serializeWindowState, type WindowState } from './window-state';

function stateFilePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function readStateFile(): string | null {
  try {
    return readFileSync(stateFilePath(), 'utf8');
  } catch {
    return null; // first run, or unreadable: start from the defaults
  }
}

/** The saved state, fitted to the displays attached right now (primary first). */
export function loadWindowState(): WindowState {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return restoreWindowState(readStateFile(), [primary, ...others].map((display) => display.workArea));
}

/** Remembers the window's size and place when it closes. Losing it is harmless, so errors are only logged. */
export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const target = stateFilePath();
    try {
      // Write then rename, so a crash mid-write cannot leave a half file behind.
      writeFileSync(`${target}.tmp`, serializeWindowState(window.getNormalBounds(), window.isMaximized()));
      renameSync(`${target}.tmp`, target);
    } catch (error) {
      console.warn('[window-state] could not save window state', error);
    }
  });
}
