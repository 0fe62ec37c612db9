import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ArchiveError } from './archive-error';
import { piecesOf, type RandomAccessSource } from './random-access';

/** Incremental SHA-256 and byte count of data as it streams past; nothing is kept. */
export function hashingTap(onBytes?: (n: number) => void) {
  const hash = sha256.create();
  let size = 0;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      hash.update(chunk);
      size += chunk.byteLength;
      onBytes?.(chunk.byteLength);
      controller.enqueue(chunk);
    },
  });
  let digest: string | null = null;
  return { stream, size: () => size, sha256: () => (digest ??= bytesToHex(hash.digest())) };
}

// Chunks are gathered into Blobs of this size, so a browser can page them to disk instead of holding one huge array.
const PART_BYTES = 16 * 1024 * 1024;

/**
 * A sink for one inflated zip entry: hashes and counts the bytes, refuses any
 * byte beyond what the entry declared (a lying header is a zip-bomb trick),
 * and gathers the bytes into a Blob (unless `keep` is false: then only hashes).
 */
export function verifyingSink(name: string, declaredSize: number, onBytes?: (n: number) => void, keep = true) {
  const hash = sha256.create();
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let size = 0;
  const flush = () => {
    if (pending.length) parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]));
    pending = [];
    pendingBytes = 0;
  };
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      size += chunk.byteLength;
      if (size > declaredSize) {
        throw new ArchiveError('size-mismatch', `${name}: inflates to more than the ${declaredSize} bytes it declares (a zip bomb?)`, { name, size: declaredSize });
      }
      hash.update(chunk);
      onBytes?.(chunk.byteLength);
      if (!keep) return;
      // Copied: the producer may reuse its buffer.
      pending.push(chunk.slice());
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= PART_BYTES) flush();
    },
    close: flush,
  });
  return {
    writable,
    result() {
      if (size !== declaredSize) {
        throw new ArchiveError('size-mismatch', `${name}: holds ${size} bytes but declares ${declaredSize}`, { name, size: declaredSize });
      }
      return { sha256: bytesToHex(hash.digest()), size, blob: new Blob(parts) };
    },
  };
}

/** SHA-256 of a Blob of any size, read as a stream. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return bytesToHex(hash.digest());
}

/** SHA-256 of a random-access source, read from start to end in pieces of 4 MB. */
export async function sha256OfSource(source: RandomAccessSource, onBytes?: (n: number) => void): Promise<string> {
  const hash = sha256.create();
  for await (const piece of piecesOf(source, 4 * 1024 * 1024)) {
    hash.update(piece);
    onBytes?.(piece.length);
  }
  return bytesToHex(hash.digest());
}
