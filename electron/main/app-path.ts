import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an app://expediente/… request to a file inside the renderer build, or
 * null (→ 404). Works on the raw URL text rather than a parsed URL, because
 * URL parsing quietly resolves "..", and a guard should refuse a traversal
 * attempt outright, not depend on it having been normalised away.
 */
const APP_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/** Characters that must never appear in a decoded path segment. ":" covers Windows drives and streams. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

function decodeSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return null;
  if (FORBIDDEN_IN_SEGMENT.test(decoded)) return null;
  return decoded;
}

export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const match = APP_URL.exec(requestUrl);
  if (match === null) return null;
  const rawPath = match[1] ?? '/';
  if (rawPath.includes('\\')) return null;
  const rawSegments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');

  const segments: string[] = [];
  for (const rawSegment of rawSegments) {
    const segment = decodeSegment(rawSegment);
    if (segment === null) return null;
    segments.push(segment);
  }

  // Belt and braces: whatever the rules above missed, the result must stay under the root.
  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  return filePath.startsWith(root + sep) ? filePath : null;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Scripts must have a JavaScript type or Chromium refuses module scripts; unknown files are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
