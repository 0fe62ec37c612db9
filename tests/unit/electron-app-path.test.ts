import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from '../../electron/main/app-path';

const root = resolve('/srv/expediente/out/renderer');

describe('resolveAppPath (app:// path-traversal guard)', () => {
  it('serves index.html for the app root', () => {
    expect(resolveAppPath(root, 'app://expediente/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://expediente')).toBe(join(root, 'index.html'));
  });

  it('resolves files and nested assets inside the root, ignoring query and fragment', () => {
    expect(resolveAppPath(root, 'app://expediente/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://expediente/assets/index-B_2u7Bp-.js?v=1#x')).toBe(
      join(root, 'assets', 'index-B_2u7Bp-.js'),
    );
    expect(resolveAppPath(root, 'app://expediente/assets/fonts/Noto%20Sans.ttf')).toBe(
      join(root, 'assets', 'fonts', 'Noto Sans.ttf'),
    );
  });

  it.each([
    ['plain ..', 'app://expediente/../secret.txt'],
    ['.. deeper in the path', 'app://expediente/assets/../../etc/passwd'],
    ['.. even when it would land back inside the root', 'app://expediente/assets/../index.html'],
    ['encoded .. that would land back inside the root', 'app://expediente/assets/%2e%2e/index.html'],
    ['single dot segment', 'app://expediente/./index.html'],
    ['encoded dots %2e%2e', 'app://expediente/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', 'app://expediente/%2E%2e/secret.txt'],
    ['half-encoded dots', 'app://expediente/.%2e/secret.txt'],
    ['..%2f (encoded slash)', 'app://expediente/..%2fsecret.txt'],
    ['encoded slash inside a name', 'app://expediente/assets%2F..%2F..%2Fsecret.txt'],
    ['backslash', 'app://expediente/..\\secret.txt'],
    ['encoded backslash %5c', 'app://expediente/..%5csecret.txt'],
    ['null byte', 'app://expediente/index.html%00.png'],
    ['raw null byte', 'app://expediente/index.html\0.png'],
    ['absolute path via empty segment', 'app://expediente//etc/passwd'],
    ['encoded absolute path', 'app://expediente/%2Fetc%2Fpasswd'],
    ['Windows drive letter', 'app://expediente/C:/Windows/win.ini'],
    ['malformed percent-encoding', 'app://expediente/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a host that merely starts with ours', 'app://expediente.evil/index.html'],
    ['credentials before the host', 'app://user@expediente/index.html'],
    ['a port', 'app://expediente:8080/index.html'],
    ['no host at all', 'app:///etc/passwd'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://expediente/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const attempts = ['..', '%2e%2e', '.%2E', '..%2F..', '%252e%252e'].flatMap((dots) => [
      `app://expediente/${dots}/x`,
      `app://expediente/assets/${dots}/${dots}/x`,
    ]);
    for (const url of attempts) {
      const resolved = resolveAppPath(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it('gives scripts a JavaScript type (module scripts are refused otherwise) and pages HTML', () => {
    expect(contentTypeFor('/r/assets/index.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/r/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/r/assets/app.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('/r/assets/font.woff2')).toBe('font/woff2');
  });

  it('treats unknown files as opaque bytes', () => {
    expect(contentTypeFor('/r/assets/blob.xyz')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/LICENSE')).toBe('application/octet-stream');
  });
});
