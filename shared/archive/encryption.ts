import { openDecryptingSource } from './decrypting-source';
import {
  CHUNK_BYTES, DEFAULT_ITERATIONS, KEY_CHECK_INDEX, chunkAad, chunkIv, deriveKey, encodeHeader, toB64, type EncryptionHeader,
} from './encryption-header';
import { blobSource, piecesOf } from './random-access';

export { CHUNK_BYTES, DEFAULT_ITERATIONS, isEncryptedArchive } from './encryption-header';

/**
 * Passphrase encryption of a whole archive file, with WebCrypto only:
 * AES-256-GCM, key from PBKDF2-SHA-256 (salted, 600,000 iterations — the
 * OWASP 2023 figure), parameters in a small header. The archive is encrypted
 * in chunks, each authenticated on its own with the header, its index and a
 * last-chunk flag as additional data, so chunks cannot be altered, reordered
 * or cut off, and a large archive never has to be in memory at once.
 *
 *   "EXPDNC01" | u32 header length | header JSON | chunk 0 | chunk 1 | …
 *   chunk i = AES-GCM(plaintext[i·chunkSize …], iv = noncePrefix ‖ u32 i) — ciphertext ‖ 16-byte tag
 */
export interface EncryptOptions {
  iterations?: number;
  chunkBytes?: number;
  onProgress?(doneBytes: number, totalBytes: number): void;
}

/**
 * A stream that encrypts what is written to it: the header first, then each
 * chunk once it is full. A full chunk is held until the next byte arrives (or
 * the end), because only then is it known whether it is the last one.
 */
export async function createEncryptingStream(passphrase: string, options: Omit<EncryptOptions, 'onProgress'> = {}): Promise<TransformStream<Uint8Array, Uint8Array>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const prefix = crypto.getRandomValues(new Uint8Array(8));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const key = await deriveKey(passphrase, salt, iterations);
  const keyCheck = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: chunkIv(prefix, KEY_CHECK_INDEX) }, key, new Uint8Array(0)));
  const header: EncryptionHeader = {
    version: 1, cipher: 'AES-256-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(salt) },
    chunkBytes, noncePrefix: toB64(prefix), keyCheck: toB64(keyCheck),
  };
  const headerBytes = encodeHeader(header);
  let buffer = new Uint8Array(chunkBytes);
  let filled = 0;
  let index = 0;
  const seal = async (isLast: boolean) => {
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: chunkIv(prefix, index), additionalData: chunkAad(headerBytes, index, isLast) }, key, buffer.subarray(0, filled));
    index += 1;
    filled = 0;
    return new Uint8Array(sealed);
  };
  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      controller.enqueue(headerBytes);
    },
    async transform(piece, controller) {
      for (let at = 0; at < piece.length;) {
        if (filled === chunkBytes) {
          controller.enqueue(await seal(false));
          buffer = new Uint8Array(chunkBytes); // the sealed copy is independent, but a fresh buffer keeps that obvious
        }
        const take = Math.min(chunkBytes - filled, piece.length - at);
        buffer.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
      }
    },
    async flush(controller) {
      controller.enqueue(await seal(true));
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(new Blob([value as Uint8Array<ArrayBuffer>]));
  }
  return new Blob(parts, { type });
}

/** Encrypts an archive with a passphrase; the result is a Blob assembled from encrypted chunks. */
export async function encryptArchive(plain: Blob, passphrase: string, options: EncryptOptions = {}): Promise<Blob> {
  const encrypting = await createEncryptingStream(passphrase, options);
  let done = 0;
  const counted = plain.stream().pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(piece, controller) {
      done += piece.length;
      options.onProgress?.(done, plain.size);
      controller.enqueue(piece);
    },
  }));
  return collect(counted.pipeThrough(encrypting), 'application/octet-stream');
}

/**
 * Decrypts a whole encrypted archive into a Blob (the CLI's path). A wrong
 * passphrase is reported as such (the key check fails); any altered, missing
 * or reordered byte fails a chunk's authentication and is reported with its
 * position — nothing is ever decrypted into garbage.
 */
export async function decryptArchive(sealed: Blob, passphrase: string, onProgress?: (done: number, total: number) => void): Promise<Blob> {
  const source = await openDecryptingSource(blobSource(sealed), passphrase);
  const parts: Blob[] = [];
  let done = 0;
  for await (const piece of piecesOf(source, 4 * 1024 * 1024)) {
    parts.push(new Blob([piece as Uint8Array<ArrayBuffer>]));
    done += piece.length;
    onProgress?.(done, source.size);
  }
  await source.authenticateRest();
  return new Blob(parts, { type: 'application/zip' });
}
