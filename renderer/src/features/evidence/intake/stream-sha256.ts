import { createSHA256 } from 'hash-wasm';

/**
 * Bytes asked for per read. A bring-your-own-buffer reader fills one reused
 * buffer, so reading makes no garbage; READ_BYTES was picked by measurement
 * in Chromium (see bench/evidence, "hash" phase).
 */
export const READ_BYTES = 1024 * 1024;
/** How often progress is reported: often enough for a bar, rarely enough not to flood the page. */
export const PROGRESS_BYTES = 8 * 1024 * 1024;

/**
 * The blob's bytes in order, at most READ_BYTES at a time, the next chunk
 * read ahead. Each chunk is only valid until the next one is asked for (its
 * buffer is reused for the read after).
 */
export async function* readBlobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const stream = blob.stream();
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream in this engine: take the chunks it makes.
  }
  if (!byob) {
    const reader = stream.getReader();
    let isRead = false;
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
      isRead = true;
    } finally {
      // Left early (an error, a cancel): the file is released here too.
      if (!isRead) reader.cancel().catch(() => {});
    }
    return;
  }
  // Two buffers: the next chunk is read from the file while the consumer works on this one (hashing and
  // reading then overlap instead of taking turns: a 200 MB file went from 200 to 250 MB/s here).
  const size = Math.min(READ_BYTES, Math.max(blob.size, 1));
  let spare = new ArrayBuffer(size);
  let next = byob.read(new Uint8Array(new ArrayBuffer(size)));
  // A read ahead that fails while the consumer is busy is not an unhandled rejection: the await below still throws it.
  next.catch(() => {});
  let isFinished = false;
  try {
    for (;;) {
      const { done, value } = await next;
      if (done || !value) {
        isFinished = true;
        return;
      }
      next = byob.read(new Uint8Array(spare));
      next.catch(() => {});
      yield value;
      spare = value.buffer; // the read transferred our buffer; take it back for the read after next
    }
  } finally {
    // Left early (an error, a cancel): the read ahead is let go and the file released.
    if (!isFinished) byob.cancel().catch(() => {});
  }
}

/**
 * SHA-256 (lowercase hex) of a blob of any size, streamed: memory use is two
 * read buffers, never the file. hash-wasm's SHA-256 is WebAssembly and
 * incremental; WebCrypto's digest is faster (see the bench) but takes the
 * whole file in memory at once, which a 1 GB video must not.
 */
export async function sha256OfBlob(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  let done = 0;
  let reported = 0;
  for await (const chunk of readBlobChunks(blob)) {
    hasher.update(chunk);
    done += chunk.byteLength;
    if (done - reported >= PROGRESS_BYTES) {
      reported = done;
      onProgress?.(done, blob.size);
    }
  }
  // A file that shrank or grew while it was read must not get a hash of bytes it no longer has.
  if (done !== blob.size) throw new Error(`read ${done} bytes of a ${blob.size}-byte file: it changed while it was hashed`);
  if (reported !== done) onProgress?.(done, blob.size);
  return hasher.digest('hex');
}
