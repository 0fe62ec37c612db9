import { isAppUrl, isDevServerUrl, isTrustedPageUrl, parseUrl, type TrustedOrigins } from './app-origin';

/**
 * Offline is absolute: these decide which requests and navigations the
 * session lets through. Everything not listed is refused. Pure, so each rule
 * has a unit test.
 */

/** Vite's hot-reload socket lives on the dev server's host and port. */
function isDevServerSocket(url: URL, trusted: TrustedOrigins): boolean {
  if (trusted.devServerUrl === null) return false;
  const devServer = parseUrl(trusted.devServerUrl);
  return devServer !== null && (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host === devServer.host;
}

/** blob: URLs carry their creator's origin (blob:app://expediente/<uuid>); they never touch the network. */
function isTrustedBlob(url: URL, trusted: TrustedOrigins): boolean {
  return url.protocol === 'blob:' && isTrustedPageUrl(url.pathname, trusted);
}

export function isAllowedRequest(url: string, trusted: TrustedOrigins): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (isAppUrl(url)) return true;
  // The developer tools' own UI; it is only reachable when devtools are enabled.
  if (parsed.protocol === 'devtools:') return true;
  // Inline data stays in the process; the CSP still decides where it may be used.
  if (parsed.protocol === 'data:') return true;
  if (isTrustedBlob(parsed, trusted)) return true;
  return isDevServerUrl(url, trusted) || isDevServerSocket(parsed, trusted);
}

/** A window may only ever show our own pages: links to anywhere else are stopped. */
export function isAllowedNavigation(url: string, trusted: TrustedOrigins): boolean {
  return isTrustedPageUrl(url, trusted);
}
