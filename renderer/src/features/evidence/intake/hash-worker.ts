import { SNIFF_BYTES, sniffMime } from '@shared/evidence/mime-sniff';
import type { HashRequest, HashResponse } from './hash-protocol';
import { sha256OfBlob } from './stream-sha256';

/**
 * Hashes files off the main thread, streamed whatever their size: the worker
 * holds one read buffer, never the file, so a 1 GB drop neither freezes the
 * page nor runs it out of memory.
 */
const post = (message: HashResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<HashRequest>) => {
  const { id, blob } = event.data;
  void (async () => {
    try {
      const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
      const { mime } = await sniffMime(head);
      const sha256 = await sha256OfBlob(blob, (done, total) => post({ id, type: 'progress', done, total }));
      post({ id, type: 'done', sha256, mime });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
