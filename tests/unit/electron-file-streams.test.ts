import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shellArgSchemas, MAX_STREAM_CHUNK_BYTES } from '@shared/shell-api/schemas';
import { FileStreams } from '../../electron/main/file-streams';

let folder: string;
const A = 1;
const B = 2;
const streams = () => new FileStreams({ maxChunkBytes: 1024, maxFileBytes: 4096, maxOpenPerOwner: 3 });
const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'expediente-streams-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('streamed saves (beginSave / writeChunk / finishSave / abortSave)', () => {
  it('writes chunks in order to a hidden partial file, which takes the chosen name only when finished', async () => {
    const s = streams();
    const path = join(folder, 'Doe v X.expediente');
    const handle = await s.beginSave(A, path);
    expect(handle).toMatch(/^[0-9a-f]{32}$/);
    // Sent without waiting, as a fast renderer might: still written in order.
    const sizes = await Promise.all([s.write(A, handle, bytes(1000, 1)), s.write(A, handle, bytes(1000, 2)), s.write(A, handle, bytes(5, 3))]);
    expect(sizes).toEqual([1000, 2000, 2005]);
    expect(await readdir(folder)).toEqual([expect.stringMatching(/^\.Doe v X\.expediente\.[0-9a-f]{8}\.partial$/)]);
    expect(await s.finish(A, handle)).toEqual({ name: 'Doe v X.expediente', size: 2005 });
    expect(await readdir(folder)).toEqual(['Doe v X.expediente']);
    const written = await readFile(path);
    expect([written[0], written[999], written[1000], written[2004], written.length]).toEqual([1, 1, 2, 3, 2005]);
  });

  it('replaces a file the user chose to overwrite only at the end', async () => {
    const s = streams();
    const path = join(folder, 'old.expediente');
    await writeFile(path, 'the previous archive');
    const handle = await s.beginSave(A, path);
    await s.write(A, handle, bytes(10));
    expect(await readFile(path, 'utf8')).toBe('the previous archive');
    await s.finish(A, handle);
    expect(await readFile(path)).toEqual(Buffer.from(bytes(10)));
  });

  it('abort deletes the partial file and leaves nothing behind; the handle is gone', async () => {
    const s = streams();
    const handle = await s.beginSave(A, join(folder, 'a.expediente'));
    await s.write(A, handle, bytes(1000));
    await s.abort(A, handle);
    expect(await readdir(folder)).toEqual([]);
    await expect(s.write(A, handle, bytes(1))).rejects.toThrow('Unknown save handle');
    await expect(s.finish(A, handle)).rejects.toThrow('Unknown save handle');
  });

  it('refuses a chunk over the chunk limit and a file over the size limit, and a window closing deletes its partial files', async () => {
    const s = streams();
    const handle = await s.beginSave(A, join(folder, 'a.expediente'));
    await expect(s.write(A, handle, bytes(1025))).rejects.toThrow(/1025 bytes is over the 1024-byte limit/);
    for (let i = 0; i < 4; i += 1) await s.write(A, handle, bytes(1024));
    await expect(s.write(A, handle, bytes(1))).rejects.toThrow(/pass the 4096-byte limit/);
    await s.closeAll(A);
    expect(await readdir(folder)).toEqual([]);
    expect(s.openCount(A)).toBe(0);
  });

  it('the IPC schema already refuses a chunk over the shell limit, a made-up handle shape, and a path as a name', () => {
    const handle = 'ab'.repeat(16);
    expect(shellArgSchemas.writeChunk.safeParse({ handle, bytes: new Uint8Array(MAX_STREAM_CHUNK_BYTES) }).success).toBe(true);
    expect(shellArgSchemas.writeChunk.safeParse({ handle, bytes: new Uint8Array(MAX_STREAM_CHUNK_BYTES + 1) }).success).toBe(false);
    expect(shellArgSchemas.writeChunk.safeParse({ handle: '../etc/passwd', bytes: new Uint8Array(1) }).success).toBe(false);
    expect(shellArgSchemas.readChunk.safeParse({ handle, offset: -1, length: 10 }).success).toBe(false);
    expect(shellArgSchemas.readChunk.safeParse({ handle, offset: 0, length: MAX_STREAM_CHUNK_BYTES + 1 }).success).toBe(false);
    expect(shellArgSchemas.beginSave.safeParse({ suggestedName: '../x.expediente' }).success).toBe(false);
  });
});

describe('streamed reads (openForRead / readChunk / closeRead)', () => {
  it('reads any range, shorter only at the end, and refuses an offset past the end or a read over the limit', async () => {
    const s = streams();
    const path = join(folder, 'in.expediente');
    await writeFile(path, Uint8Array.from({ length: 3000 }, (_, i) => i % 251));
    const { handle, size } = await s.openRead(A, path);
    expect(size).toBe(3000);
    expect(Array.from(await s.read(A, handle, 251, 3))).toEqual([0, 1, 2]);
    expect((await s.read(A, handle, 2990, 1024)).length).toBe(10);
    expect((await s.read(A, handle, 3000, 10)).length).toBe(0);
    await expect(s.read(A, handle, 3001, 10)).rejects.toThrow(/outside the file/);
    await expect(s.read(A, handle, 0, 1025)).rejects.toThrow(/over the 1024-byte limit/);
    await s.closeRead(A, handle);
    await expect(s.read(A, handle, 0, 1)).rejects.toThrow('Unknown read handle');
  });

  it('refuses a file over the size limit, a folder, and a missing file', async () => {
    const s = streams();
    await writeFile(join(folder, 'big'), bytes(4097));
    await expect(s.openRead(A, join(folder, 'big'))).rejects.toThrow(/over the 4096-byte limit/);
    await expect(s.openRead(A, folder)).rejects.toThrow(/not a file/);
    await expect(s.openRead(A, join(folder, 'missing'))).rejects.toThrow(/ENOENT/);
    expect(s.openCount(A)).toBe(0);
  });
});

describe('handles', () => {
  it('an unknown handle, or one that belongs to another window or to the other direction, is refused alike', async () => {
    const s = streams();
    await writeFile(join(folder, 'in'), 'abc');
    const read = (await s.openRead(A, join(folder, 'in'))).handle;
    const save = await s.beginSave(A, join(folder, 'out'));
    await expect(s.read(A, 'ab'.repeat(16), 0, 1)).rejects.toThrow('Unknown read handle');
    await expect(s.read(B, read, 0, 1)).rejects.toThrow('Unknown read handle');
    await expect(s.write(B, save, bytes(1))).rejects.toThrow('Unknown save handle');
    await expect(s.write(A, read, bytes(1))).rejects.toThrow('Unknown save handle');
    await expect(s.abort(B, save)).rejects.toThrow('Unknown save handle');
    await s.closeAll(B);
    expect(s.openCount(A)).toBe(2);
  });

  it('limits how many files one window may hold open', async () => {
    const s = streams();
    for (const n of [1, 2, 3]) await s.beginSave(A, join(folder, `f${n}`));
    await expect(s.beginSave(A, join(folder, 'f4'))).rejects.toThrow(/Too many files open/);
    await s.beginSave(B, join(folder, 'g1'));
    await s.closeAll(A);
    await s.closeAll(B);
    expect(await readdir(folder)).toEqual([]);
  });
});
