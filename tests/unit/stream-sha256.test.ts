import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRESS_BYTES, READ_BYTES, readBlobChunks, sha256OfBlob } from '../../renderer/src/features/evidence/intake/stream-sha256';

const text = (s: string) => new Blob([s]);

/** A Blob whose stream() is a plain (not byte) stream, as an engine without BYOB support would give. */
class PlainStreamBlob extends Blob {
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const reader = super.stream().getReader();
    return new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
  }
}

/**
 * A Blob whose stream (a byte stream, or a plain one) hands its bytes over
 * 64 KB at a time, as a file read from disk does, and says whether its reader
 * let it go before the end.
 */
class WatchedBlob extends Blob {
  isCancelled = false;
  constructor(private readonly content: Uint8Array<ArrayBuffer>, private readonly kind: 'bytes' | 'plain') {
    super([content]);
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    let at = 0;
    const source = {
      pull: (controller: ReadableStreamDefaultController<Uint8Array> | ReadableByteStreamController) => {
        if (at < this.content.length) {
          // A copy: a byte stream takes over the buffer of what is enqueued.
          controller.enqueue(new Uint8Array(this.content.subarray(at, (at += 64 * 1024))));
          return;
        }
        controller.close();
        if ('byobRequest' in controller) controller.byobRequest?.respond(0); // a reader waiting with its own buffer hears the end
      },
      cancel: () => { this.isCancelled = true; },
    };
    return (this.kind === 'bytes' ? new ReadableStream({ type: 'bytes', ...source }) : new ReadableStream(source)) as ReadableStream<Uint8Array<ArrayBuffer>>;
  }
}

/** A Blob that claims more bytes than it yields, as a file truncated while it is read does. */
class ShrunkBlob extends Blob {
  override get size(): number {
    return super.size + 1;
  }
}

describe('streamed SHA-256 of evidence files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'expediente-sha256-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the FIPS 180-2 test vectors', async () => {
    expect(await sha256OfBlob(text(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256OfBlob(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256OfBlob(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(await sha256OfBlob(text('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('matches sha256sum of a real file read from disk across many reads', async () => {
    // Not a multiple of the read size, so the last read is a short one.
    const path = join(dir, 'capture.mp4');
    writeFileSync(path, randomBytes(3 * READ_BYTES + 12_345));
    const expected = execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256OfBlob(await openAsBlob(path))).toBe(expected);
  });

  it('gives the same digest when the engine offers only a plain stream', async () => {
    const bytes = randomBytes(2 * READ_BYTES + 7);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256OfBlob(new PlainStreamBlob([bytes]))).toBe(expected);
  });

  it('reports progress that rises to the file size, without flooding', async () => {
    const size = 2 * PROGRESS_BYTES + 1000;
    const seen: [number, number][] = [];
    await sha256OfBlob(new Blob([new Uint8Array(size)]), (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([size, size]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(seen.length).toBeLessThanOrEqual(size / PROGRESS_BYTES + 1);
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  it('lets the file go when its reader stops early, from a byte stream or a plain one, and not when it reads to the end', async () => {
    for (const type of ['bytes', 'plain'] as const) {
      const early = new WatchedBlob(randomBytes(3 * READ_BYTES), type);
      for await (const chunk of readBlobChunks(early)) if (chunk.byteLength > 0) break;
      expect(early.isCancelled, type).toBe(true);
      const whole = new WatchedBlob(randomBytes(READ_BYTES + 5), type);
      let bytes = 0;
      for await (const chunk of readBlobChunks(whole)) bytes += chunk.byteLength;
      expect(bytes, type).toBe(READ_BYTES + 5);
      expect(whole.isCancelled, type).toBe(false);
    }
  });

  it('refuses a file that changed size while it was read, rather than hash the wrong bytes', async () => {
    await expect(sha256OfBlob(new ShrunkBlob(['evidence']))).rejects.toThrow(/changed while it was hashed/);
  });
});
