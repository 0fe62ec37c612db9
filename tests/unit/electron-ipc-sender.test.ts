import { describe, expect, it } from 'vitest';
import type { TrustedOrigins } from '../../electron/main/app-origin';
import { isTrustedSender } from '../../electron/main/ipc-sender';

const packaged: TrustedOrigins = { devServerUrl: null };
const dev: TrustedOrigins = { devServerUrl: 'http://localhost:5173/' };

describe('isTrustedSender (who may call the shell)', () => {
  it('accepts the main frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://expediente/', isMainFrame: true }, packaged)).toBe(true);
    expect(isTrustedSender({ url: 'app://expediente/index.html#/cases', isMainFrame: true }, packaged)).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed mid-call)', () => {
    expect(isTrustedSender(null, packaged)).toBe(false);
  });

  it('refuses a subframe, even one from the app origin', () => {
    expect(isTrustedSender({ url: 'app://expediente/index.html', isMainFrame: false }, packaged)).toBe(false);
  });

  it('refuses pages from any other origin', () => {
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://evil/', 'about:blank', 'devtools://devtools/']) {
      expect(isTrustedSender({ url, isMainFrame: true }, packaged)).toBe(false);
    }
  });

  it('accepts the dev server page only in development', () => {
    const devPage = { url: 'http://localhost:5173/', isMainFrame: true };
    expect(isTrustedSender(devPage, dev)).toBe(true);
    expect(isTrustedSender(devPage, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false);
  });
});
