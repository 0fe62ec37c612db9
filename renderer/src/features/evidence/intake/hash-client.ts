import type { HashRequest, HashResponse } from './hash-protocol';

export interface HashResult {
  sha256: string;
  mime: string;
}

type Pending = { resolve(r: HashResult): void; reject(e: Error): void; onProgress?: (done: number, total: number) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'expediente-hash' });
  worker.addEventListener('message', (event: MessageEvent<HashResponse>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') job.onProgress?.(message.done, message.total);
    else {
      pending.delete(message.id);
      if (message.type === 'done') job.resolve({ sha256: message.sha256, mime: message.mime });
      else job.reject(new Error(message.message));
    }
  });
  return worker;
}

/** SHA-256 and the sniffed MIME type of a file, computed in a worker. The page never reads the bytes. */
export function hashInWorker(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<HashResult> {
  const id = nextId++;
  return new Promise<HashResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    getWorker().postMessage({ id, blob } satisfies HashRequest);
  });
}
