import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SNIFF_BYTES, sniffMime } from '@shared/evidence/mime-sniff';
import type { HashRequest, HashResponse } from './hash-protocol';

/**
 * Hashes files off the main thread. Up to WHOLE_FILE_LIMIT the native
 * WebCrypto digest is used (fast, but it needs the whole file in memory);
 * above it the file is read in slices into an incremental SHA-256, so a
 * 1 GB file never sits in memory at once.
 */
const WHOLE_FILE_LIMIT = 256 * 1024 * 1024;
const SLICE = 8 * 1024 * 1024;

const post = (message: HashResponse) => self.postMessage(message);

function hex(buffer: ArrayBuffer): string {
  return bytesToHex(new Uint8Array(buffer));
}

async function hashBlob(id: number, blob: Blob): Promise<string> {
  if (blob.size <= WHOLE_FILE_LIMIT) {
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    post({ id, type: 'progress', done: blob.size, total: blob.size });
    return hex(digest);
  }
  const hash = sha256.create();
  for (let offset = 0; offset < blob.size; offset += SLICE) {
    hash.update(new Uint8Array(await blob.slice(offset, offset + SLICE).arrayBuffer()));
    post({ id, type: 'progress', done: Math.min(offset + SLICE, blob.size), total: blob.size });
  }
  return bytesToHex(hash.digest());
}

self.addEventListener('message', (event: MessageEvent<HashRequest>) => {
  const { id, blob } = event.data;
  void (async () => {
    try {
      const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
      const { mime } = await sniffMime(head);
      const digest = await hashBlob(id, blob);
      post({ id, type: 'done', sha256: digest, mime });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
