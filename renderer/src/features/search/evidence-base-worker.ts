import { DATABASE_NAME, ExpedienteDatabase } from '../../db/database';
import { baseTransferables, readEvidenceBase, type EvidenceBase } from './evidence-base';

/**
 * Builds a case's evidence index and hands it over frozen, then is thrown
 * away: the churn of reading and indexing 100,000 items (and the young
 * generation V8 grew for it, about 90 MB) goes with it, and the search worker
 * keeps only the frozen blocks (frozen-index.ts). V8 keeps the pages it
 * freed in a pool for reuse until it next reduces memory, about 30 s later.
 */
export type BaseRequest = { caseId: string };
export type BaseResponse = { type: 'built'; base: EvidenceBase } | { type: 'failed'; error: string };

const db = new ExpedienteDatabase(DATABASE_NAME, { cache: 'disabled' });

const fail = (error: unknown) => self.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies BaseResponse);

self.addEventListener('message', (event: MessageEvent<BaseRequest>) => {
  // Every way out answers: the search worker waits for this one message, and would wait for ever without it.
  readEvidenceBase(db, event.data.caseId, new AbortController().signal)
    .then((base) => self.postMessage({ type: 'built', base } satisfies BaseResponse, { transfer: baseTransferables(base) }))
    .catch(fail);
});
