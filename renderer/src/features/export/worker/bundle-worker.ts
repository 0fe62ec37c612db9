import { bytesToHex } from '@noble/hashes/utils.js';
import { prepareSha256 } from '@shared/audit/sha256';
import { buildBundle } from '@shared/bundle/build-bundle';
import { db } from '../../../db/database';
import type { BundleRequest, BundleResponse } from './bundle-protocol';
import { canvasResample } from './canvas-resample';

/**
 * Builds the bundle off the main thread. Files are read straight from
 * IndexedDB here, one at a time, so the page never holds the exhibits.
 */
const post = (message: BundleResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function readFile(sha256: string): Promise<Uint8Array | null> {
  const row = await db.files.get(sha256);
  return row ? new Uint8Array(await row.blob.arrayBuffer()) : null;
}

// Ready long before the first bundle is asked for; the JavaScript hash answers until then.
void prepareSha256();

// One build per worker: the screen ends the worker when the build is done or cancelled.
self.addEventListener('message', (event: MessageEvent<BundleRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      const result = await buildBundle({
        snapshot: request.snapshot, options: request.options, fonts: request.fonts, readFile,
        // Photos above 300 dpi are resampled by the browser's own codecs (the builder's JavaScript one is ~25× slower).
        resampleImage: canvasResample,
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
      const digest = await crypto.subtle.digest('SHA-256', result.bytes as Uint8Array<ArrayBuffer>);
      const sha256 = bytesToHex(new Uint8Array(digest));
      post({ type: 'done', bytes: result.bytes, sha256, report: result.report }, [result.bytes.buffer]);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
