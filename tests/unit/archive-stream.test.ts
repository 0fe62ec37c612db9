import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/audit/sha256';
import { batchingSink, type ChunkTarget } from '@shared/archive/batching-sink';
import { blobSource } from '@shared/archive/random-access';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive, writeCaseArchiveTo, type ArchiveProgress } from '@shared/archive/write-archive';
import { mapReader } from '../fixtures/archive/archive-db';
import { caseWithFiles } from '../fixtures/archive/case-with-files';

const now = () => new Date('2026-12-02T10:00:00.000Z');

/** A target that keeps what it is given, and records how it was called. */
function memoryTarget(options: { failAfterBytes?: number } = {}) {
  const batches: Uint8Array[] = [];
  const calls: string[] = [];
  let written = 0;
  const target: ChunkTarget = {
    async write(bytes) {
      written += bytes.length;
      if (options.failAfterBytes !== undefined && written > options.failAfterBytes) throw new Error('disk full');
      batches.push(bytes.slice());
      calls.push('write');
    },
    async close() { calls.push('close'); },
    async abort() { calls.push('abort'); },
  };
  return { target, batches, calls, blob: () => new Blob(batches as Uint8Array<ArrayBuffer>[]) };
}

const fixture = () => caseWithFiles([300_000, 1, 70_000, 0x10000]);

describe('streamed archive writing and reading', () => {
  it('writes the same bytes through a stream in bounded batches as into a Blob, and reads back verified by ranges', async () => {
    const { document, files } = fixture();
    const memory = memoryTarget();
    const progress: ArchiveProgress[] = [];
    const manifest = await writeCaseArchiveTo(batchingSink(memory.target, 64 * 1024), { document, appVersion: 't', readFile: mapReader(files), now, onProgress: (p) => progress.push(p) });
    const whole = await writeCaseArchive({ document, appVersion: 't', readFile: mapReader(files), now });
    expect(new Uint8Array(await memory.blob().arrayBuffer())).toEqual(new Uint8Array(await whole.blob.arrayBuffer()));
    expect(Math.max(...memory.batches.map((b) => b.length))).toBe(64 * 1024);
    expect(memory.calls.at(-1)).toBe('close');
    expect(memory.calls).not.toContain('abort');
    expect(manifest.files).toHaveLength(5);

    // Progress names the file being written and ends with every attachment byte counted.
    expect(progress.filter((p) => p.phase === 'files').map((p) => p.current?.owner)).toContain('E-0003');
    expect(progress.at(-1)).toMatchObject({ phase: 'finish', doneBytes: manifest.files.reduce((s, f) => s + f.size, 0) });

    const read = await readCaseArchive(blobSource(memory.blob()));
    expect(read.document).toEqual(document);
    // By hash and size: toEqual over hundreds of KB of bytes is slow.
    for (const [sha, bytes] of files) {
      const got = new Uint8Array(await read.files.get(sha)!.arrayBuffer());
      expect([sha256Hex(got), got.length]).toEqual([sha, bytes.length]);
    }
  });

  it('only hashes when asked not to keep the files, and still refuses a file that does not match', async () => {
    const { document, files } = fixture();
    const { blob } = await writeCaseArchive({ document, appVersion: 't', readFile: mapReader(files), now });
    expect((await readCaseArchive(blobSource(blob), { keepFiles: false })).files.size).toBe(0);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    bytes[200]! ^= 0xff; // inside the first stored file's data
    await expect(readCaseArchive(blobSource(new Blob([bytes])), { keepFiles: false })).rejects.toMatchObject({ code: expect.stringMatching(/file-hash-mismatch|unreadable-zip/) });
  });

  it('stops when cancelled: the target is aborted (the shell deletes the partial file), never closed', async () => {
    const { document, files } = fixture();
    const memory = memoryTarget();
    const cancel = new AbortController();
    const reason = new Error('cancelled by the user');
    const writing = writeCaseArchiveTo(batchingSink(memory.target, 16 * 1024), {
      document, appVersion: 't', readFile: mapReader(files), now, signal: cancel.signal,
      onProgress: (p) => { if (p.doneBytes > 100_000) cancel.abort(reason); },
    });
    await expect(writing).rejects.toBe(reason);
    expect(memory.calls).toContain('abort');
    expect(memory.calls).not.toContain('close');
  });

  it('fails, and aborts the target, when the target cannot take more (a full disk)', async () => {
    const { document, files } = fixture();
    const memory = memoryTarget({ failAfterBytes: 100_000 });
    await expect(writeCaseArchiveTo(batchingSink(memory.target, 16 * 1024), { document, appVersion: 't', readFile: mapReader(files), now })).rejects.toThrow('disk full');
    expect(memory.calls).not.toContain('close');
  });

  it('aborts the target when a stored file is missing part-way through', async () => {
    const { document, files } = fixture();
    const memory = memoryTarget();
    const missing = [...files.keys()][2]!;
    const readFile = async (sha: string) => (sha === missing ? null : mapReader(files)(sha));
    await expect(writeCaseArchiveTo(batchingSink(memory.target, 16 * 1024), { document, appVersion: 't', readFile, now })).rejects.toMatchObject({ code: 'attachment-missing' });
    expect(memory.calls).toContain('abort');
    expect(memory.calls).not.toContain('close');
  });
});
