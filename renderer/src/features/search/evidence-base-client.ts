import type { ExpedienteDatabase } from '../../db/database';
import { readEvidenceBase, type EvidenceBase } from './evidence-base';
import type { BaseRequest, BaseResponse } from './evidence-base-worker';

/** Has a worker of its own build the case's evidence index (evidence-base-worker.ts), and ends that worker. */
export function buildEvidenceBaseInWorker(caseId: string, signal: AbortSignal): Promise<EvidenceBase> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const worker = new Worker(new URL('./evidence-base-worker.ts', import.meta.url), { type: 'module', name: 'expediente-index-builder' });
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      end();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop);
    worker.addEventListener('message', (event: MessageEvent<BaseResponse>) => {
      end();
      if (event.data.type === 'built') resolve(event.data.base);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || 'The index builder stopped.'));
    });
    worker.addEventListener('messageerror', () => {
      end();
      reject(new Error('The index builder\'s answer could not be read.'));
    });
    worker.postMessage({ caseId } satisfies BaseRequest);
  });
}

/**
 * The builder worker's build, or, where that worker cannot run (it fails to
 * start, its answer cannot be read, the case cannot be read there), the same
 * build in this thread: slower to give its memory back, but a search must
 * never answer from an empty index.
 */
export async function buildEvidenceBase(
  db: ExpedienteDatabase, caseId: string, signal: AbortSignal, inWorker: typeof buildEvidenceBaseInWorker = buildEvidenceBaseInWorker,
): Promise<EvidenceBase> {
  try {
    return await inWorker(caseId, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    console.warn('The index builder failed; building here instead.', error);
    return readEvidenceBase(db, caseId, signal);
  }
}
