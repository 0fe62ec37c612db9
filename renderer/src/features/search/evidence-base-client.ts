import type { ExpedienteDatabase } from '../../db/database';
import { joinParts, readEvidenceBase, type EvidenceBase, type EvidenceBasePart, type PartRange } from './evidence-base';
import type { BaseRequest, BaseResponse } from './evidence-base-worker';

/** The builder worker itself failed (it could not start, or its answer could not be read): not the case's data. */
export class BuilderUnavailable extends Error {}

/**
 * Records per part. A worker that reads 100,000 items grows its JS heap to
 * ~90 MB (V8's young generation, grown for what it reads); one that reads
 * 20,000, to ~48 MB. Each ended worker leaves its pages in V8's pool, and the
 * next part's worker takes them from there: the case costs one part's peak.
 */
export const ITEMS_PER_PART = 20_000;

/** Has workers of their own build the case's evidence index, a part each, one after another (evidence-base-worker.ts). */
export async function buildEvidenceBaseInWorker(caseId: string, signal: AbortSignal): Promise<EvidenceBase> {
  const parts: EvidenceBasePart[] = [];
  let range: PartRange = { afterPage: -Infinity, first: 0, maxItems: ITEMS_PER_PART };
  for (;;) {
    const part = await buildPartInWorker(caseId, range, signal);
    parts.push(part);
    if (part.isLast) return joinParts(parts);
    range = { afterPage: part.lastPage, first: range.first + part.index.count, maxItems: ITEMS_PER_PART };
  }
}

/** One part, by a worker that is ended once it has answered. */
function buildPartInWorker(caseId: string, range: PartRange, signal: AbortSignal): Promise<EvidenceBasePart> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    let worker: Worker;
    try {
      worker = new Worker(new URL('./evidence-base-worker.ts', import.meta.url), { type: 'module', name: 'expediente-index-builder' });
    } catch (error) {
      return reject(new BuilderUnavailable(error instanceof Error ? error.message : String(error)));
    }
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
      if (event.data.type === 'built') resolve(event.data.part);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new BuilderUnavailable(event.message || 'The index builder stopped.'));
    });
    worker.addEventListener('messageerror', () => {
      end();
      reject(new BuilderUnavailable('The index builder\'s answer could not be read.'));
    });
    worker.postMessage({ caseId, range } satisfies BaseRequest);
  });
}

/** Once the builder worker has failed to run, later builds are done here straight away. */
let isWorkerUnavailable = false;

/**
 * The builder worker's build, or, where that worker cannot run (it fails to
 * start, or its answer cannot be read), the same build in this thread:
 * slower to give its memory back, but a search must never answer from an
 * empty index. A failure to read the case is not retried here: the follower
 * tries again later (follow-case-pages.ts).
 */
export async function buildEvidenceBase(
  db: ExpedienteDatabase, caseId: string, signal: AbortSignal, inWorker: typeof buildEvidenceBaseInWorker = buildEvidenceBaseInWorker,
): Promise<EvidenceBase> {
  if (!isWorkerUnavailable) {
    try {
      return await inWorker(caseId, signal);
    } catch (error) {
      if (signal.aborted || !(error instanceof BuilderUnavailable)) throw error;
      console.warn('The index builder cannot run; the search worker builds the index itself from now on.', error);
      isWorkerUnavailable = true;
    }
  }
  return readEvidenceBase(db, caseId, signal);
}
