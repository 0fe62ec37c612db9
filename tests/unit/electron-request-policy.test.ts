import { describe, expect, it } from 'vitest';
import type { TrustedOrigins } from '../../electron/main/app-origin';
import { isAllowedNavigation, isAllowedRequest } from '../../electron/main/request-policy';

const packaged: TrustedOrigins = { devServerUrl: null };
const dev: TrustedOrigins = { devServerUrl: 'http://localhost:5173' };

describe('isAllowedRequest (the offline session filter)', () => {
  it.each([
    'app://expediente/',
    'app://expediente/index.html',
    'app://expediente/assets/index-DkZgDdto.js',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://expediente/6c8a3e1e-7f0b-4a8e-9d3c-1f2e3d4c5b6a',
  ])('lets the app load its own %s', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://example.com/',
    'https://expediente/',
    'http://localhost:5173/',
    'http://localhost:3000/api',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'app://evil/index.html',
    'app://expediente:8080/index.html',
    'blob:https://example.com/6c8a3e1e-7f0b-4a8e-9d3c-1f2e3d4c5b6a',
    'chrome-extension://abcdefghijklmnop/script.js',
    'not a url',
  ])('refuses %s when packaged', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=abc', dev)).toBe(true);
    expect(isAllowedRequest('blob:http://localhost:5173/6c8a3e1e', dev)).toBe(true);
  });

  it('keeps refusing everything else in development, including other local ports', () => {
    expect(isAllowedRequest('http://localhost:3000/', dev)).toBe(false);
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequest('ws://localhost:3000/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', dev)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows moving between pages of the app', () => {
    expect(isAllowedNavigation('app://expediente/index.html', packaged)).toBe(true);
  });

  it('stops navigation anywhere else', () => {
    expect(isAllowedNavigation('https://example.com/', packaged)).toBe(false);
    expect(isAllowedNavigation('file:///home/user/evidence.pdf', packaged)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', packaged)).toBe(false);
    expect(isAllowedNavigation('devtools://devtools/bundled/devtools_app.html', packaged)).toBe(false);
    expect(isAllowedNavigation('data:text/html,<h1>hi</h1>', packaged)).toBe(false);
  });

  it('allows the dev server page only in development', () => {
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(true);
  });
});
