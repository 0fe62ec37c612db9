import type { ExpedienteDatabase } from '../../db/database';
import { inParts } from '../../db/read-in-parts';
import { askOnce, WorkerOrHere } from '../../workers/ask-once';
import { joinParts, readEvidenceBase, type EvidenceBase } from './evidence-base';
import type { BaseRequest, BaseResponse } from './evidence-base-worker';

/** Has workers of their own build the case's evidence index, a part each, one after another (evidence-base-worker.ts). */
export async function buildEvidenceBaseInWorker(caseId: string, signal: AbortSignal): Promise<EvidenceBase> {
  let first = 0;
  return joinParts(await inParts(async (range) => {
    const answer = await askOnce<BaseResponse>(
      () => new Worker(new URL('./evidence-base-worker.ts', import.meta.url), { type: 'module', name: 'expediente-index-builder' }),
      { caseId, range: { ...range, first } } satisfies BaseRequest, signal,
    );
    if (answer.type === 'failed') throw new Error(answer.error);
    first += answer.part.index.count;
    return answer.part;
  }));
}

const builder = new WorkerOrHere('The evidence index builder');

/**
 * The builder worker's build, or, where that worker cannot run (it fails to
 * start, or its answer cannot be read), the same build in this thread:
 * slower to give its memory back, but a search must never answer from an
 * empty index. A failure to read the case is not retried here: the follower
 * tries again later (follow-case-pages.ts).
 */
export function buildEvidenceBase(
  db: ExpedienteDatabase, caseId: string, signal: AbortSignal, inWorker: typeof buildEvidenceBaseInWorker = buildEvidenceBaseInWorker,
): Promise<EvidenceBase> {
  return builder.run(signal, () => inWorker(caseId, signal), () => readEvidenceBase(db, caseId, signal));
}
