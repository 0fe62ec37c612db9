import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../build/csp';
import { APP_SCHEME } from './app-origin';
import { contentTypeFor, resolveAppPath } from './app-path';

/**
 * Must run before the app is ready. `standard` + `secure` give the scheme a
 * real origin, so IndexedDB, fetch and workers behave as on https; CORS stays
 * off because nothing outside the app should ever read from it. `codeCache`
 * keeps V8's compiled code of the app's scripts between launches, as Chromium
 * does for https: without it every start compiles ~1 MB of JavaScript afresh.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, codeCache: true },
    },
  ]);
}

function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    // The built page also carries the policy as a <meta> tag; the header covers workers and every other response.
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serves the renderer build from `rootDir` at app://expediente/. */
export function serveAppScheme(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return notFound();
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: appResponseHeaders(contentTypeFor(filePath)),
      });
    } catch {
      // Missing file or a directory: the same answer, so nothing about the disk leaks out.
      return notFound();
    }
  });
}
