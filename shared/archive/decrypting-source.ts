import { ArchiveError } from './archive-error';
import { TAG_BYTES, chunkAad, chunkIv, fromB64, readHeader, unlock, type AesKey } from './encryption-header';
import type { RandomAccessSource } from './random-access';

/** The plaintext of an encrypted archive, readable at any offset; each chunk is authenticated when it is read. */
export interface DecryptingSource extends RandomAccessSource {
  /** Authenticates every chunk no read has touched yet, so a flipped byte anywhere is found before anything is written. */
  authenticateRest(): Promise<void>;
}

// Two chunks cover a read that straddles a boundary; more would only cost memory.
const CACHED_CHUNKS = 2;

/**
 * Opens an encrypted archive for reading by ranges: header, key check (a
 * wrong passphrase is named), then chunks decrypted on demand. The chunk
 * count comes from the file size, so a file cut short fails at its last
 * chunk (sealed with last = 0), and a chunk moved elsewhere fails its IV.
 */
export async function openDecryptingSource(sealed: RandomAccessSource, passphrase: string): Promise<DecryptingSource> {
  const { header, headerBytes } = await readHeader((offset, length) => sealed.read(offset, length));
  const key: AesKey = await unlock(header, passphrase);
  const prefix = fromB64(header.noncePrefix);
  const bodyStart = headerBytes.length;
  const bodySize = sealed.size - bodyStart;
  const sealedChunk = header.chunkBytes + TAG_BYTES;
  const count = Math.max(1, Math.ceil(bodySize / sealedChunk));
  const lastSealed = bodySize - (count - 1) * sealedChunk;
  const corrupt = (index: number, length = sealedChunk) => {
    const from = bodyStart + index * sealedChunk;
    return new ArchiveError('encrypted-corrupt', `The encrypted archive was altered or damaged: bytes ${from}–${from + length} fail authentication`, { from });
  };
  if (lastSealed < TAG_BYTES) throw corrupt(count - 1, Math.max(0, lastSealed));
  const size = bodySize - count * TAG_BYTES;
  const authenticated = new Uint8Array(count);
  const cache = new Map<number, Uint8Array>();

  const chunk = async (index: number): Promise<Uint8Array> => {
    const hit = cache.get(index);
    if (hit) return hit;
    const from = bodyStart + index * sealedChunk;
    const sealedBytes = await sealed.read(from, index === count - 1 ? lastSealed : sealedChunk);
    let plain: Uint8Array;
    try {
      plain = new Uint8Array(await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: chunkIv(prefix, index), additionalData: chunkAad(headerBytes, index, index === count - 1) },
        key, sealedBytes as Uint8Array<ArrayBuffer>,
      ));
    } catch {
      throw corrupt(index, sealedBytes.length);
    }
    authenticated[index] = 1;
    if (cache.size >= CACHED_CHUNKS) cache.delete(cache.keys().next().value!);
    cache.set(index, plain);
    return plain;
  };

  return {
    size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      if (offset >= end) return new Uint8Array(0);
      const out = new Uint8Array(end - offset);
      for (let at = offset; at < end;) {
        const index = Math.floor(at / header.chunkBytes);
        const plain = await chunk(index);
        const within = at - index * header.chunkBytes;
        const take = Math.min(plain.length - within, end - at);
        if (take <= 0) throw corrupt(index);
        out.set(plain.subarray(within, within + take), at - offset);
        at += take;
      }
      return out;
    },
    async authenticateRest() {
      for (let index = 0; index < count; index += 1) if (!authenticated[index]) await chunk(index);
    },
  };
}
