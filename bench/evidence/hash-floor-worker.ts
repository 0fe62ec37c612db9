import { createSHA256 } from 'hash-wasm';
import { READ_BYTES, readBlobChunks } from '../../renderer/src/features/evidence/intake/stream-sha256';

/**
 * The two halves of intake hashing measured apart, in a worker as the app's
 * are: reading the file with the app's reader and dropping the bytes, and
 * hashing as many bytes already in memory. The sum is what the app would
 * take if the two never overlapped; the slower one is the floor. 'webcrypto'
 * is the path the app had before for files up to 256 MB (whole file read,
 * one-shot crypto.subtle digest), kept here as the figure to beat.
 */
export type FloorPart = 'read' | 'hash' | 'webcrypto';

self.addEventListener('message', (event: MessageEvent<{ blob: Blob; part: FloorPart }>) => {
  const { blob, part } = event.data;
  void (async () => {
    const t0 = performance.now();
    let bytes = 0;
    if (part === 'read') {
      for await (const chunk of readBlobChunks(blob)) bytes += chunk.byteLength;
    } else if (part === 'webcrypto') {
      await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      bytes = blob.size;
    } else {
      const hasher = await createSHA256();
      hasher.init();
      const buffer = new Uint8Array(READ_BYTES).map((_, i) => (i * 31 + 7) & 0xff);
      for (; bytes < blob.size; bytes += READ_BYTES) hasher.update(bytes + READ_BYTES <= blob.size ? buffer : buffer.subarray(0, blob.size - bytes));
      hasher.digest('hex');
      bytes = blob.size;
    }
    self.postMessage({ ms: performance.now() - t0, bytes });
  })();
});
