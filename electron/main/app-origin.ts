/**
 * Where the app's own code lives. The renderer is served from a privileged
 * custom scheme (not file://) so it gets a real, stable origin: IndexedDB is
 * keyed by it, and "same origin" means exactly our files and nothing else.
 * Pure module (no Electron import) so the unit tests can load it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'expediente';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Loading the root (not /index.html) keeps the renderer's location at "/". */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** Origins the shell trusts; the dev server only exists under `electron-vite dev`. */
export interface TrustedOrigins {
  devServerUrl: string | null;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://expediente/… with no port or credentials (those would make it a different origin). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True when `url` has exactly the dev server's origin (scheme, host and port). */
export function isDevServerUrl(url: string, trusted: TrustedOrigins): boolean {
  if (trusted.devServerUrl === null) return false;
  const devServer = parseUrl(trusted.devServerUrl);
  const parsed = parseUrl(url);
  return devServer !== null && parsed !== null && parsed.origin !== 'null' && parsed.origin === devServer.origin;
}

/** A page the renderer may be on: our app origin, or the dev server while developing. */
export function isTrustedPageUrl(url: string, trusted: TrustedOrigins): boolean {
  return isAppUrl(url) || isDevServerUrl(url, trusted);
}
