import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSelectedFiles } from '../../electron/main/read-selected-files';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'expediente-open-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readSelectedFiles (what openFiles hands to the renderer)', () => {
  it('returns the bytes, name and size of each readable file', async () => {
    const path = join(folder, 'exhibit-1.txt');
    await writeFile(path, 'screenshot of the post');
    const result = await readSelectedFiles([path], 1024);
    expect(result.refused).toEqual([]);
    expect(result.files).toHaveLength(1);
    const [file] = result.files;
    expect(file?.name).toBe('exhibit-1.txt');
    expect(file?.size).toBe(22);
    expect(file?.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(file?.bytes)).toBe(false);
    expect(new TextDecoder().decode(file?.bytes)).toBe('screenshot of the post');
  });

  it('refuses a file over the limit as too-large without failing the others', async () => {
    const small = join(folder, 'small.txt');
    const big = join(folder, 'big.bin');
    await writeFile(small, 'ok');
    await writeFile(big, new Uint8Array(2048));
    const result = await readSelectedFiles([small, big], 1024);
    expect(result.files.map((f) => f.name)).toEqual(['small.txt']);
    expect(result.refused).toEqual([{ name: 'big.bin', size: 2048, reason: 'too-large' }]);
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(folder, 'edge.bin');
    await writeFile(path, new Uint8Array(1024));
    expect((await readSelectedFiles([path], 1024)).files).toHaveLength(1);
  });

  it('refuses a missing file or a folder as unreadable instead of throwing', async () => {
    const sub = join(folder, 'a-folder');
    await mkdir(sub);
    const result = await readSelectedFiles([join(folder, 'gone.pdf'), sub], 1024);
    expect(result.files).toEqual([]);
    expect(result.refused).toEqual([
      { name: 'gone.pdf', size: 0, reason: 'unreadable' },
      { name: 'a-folder', size: 0, reason: 'unreadable' },
    ]);
  });

  // Root reads any file whatever its mode, so this case cannot be produced when the tests run as root (as in CI).
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'refuses a file without read permission as unreadable, keeping its size',
    async () => {
      const path = join(folder, 'locked.txt');
      await writeFile(path, 'secret');
      await chmod(path, 0o000);
      expect((await readSelectedFiles([path], 1024)).refused).toEqual([{ name: 'locked.txt', size: 6, reason: 'unreadable' }]);
    },
  );
});
