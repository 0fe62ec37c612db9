import { DATABASE_NAME, ExpedienteDatabase } from '../../db/database';
import { partTransferables, readEvidenceBasePart, type BasePartRange, type EvidenceBasePart } from './evidence-base';

/**
 * Builds one part of a case's evidence index and hands it over frozen, then
 * is thrown away: the churn of reading and indexing the items (and the young
 * generation V8 grew for it) goes with it, and the search worker keeps only
 * the frozen blocks (frozen-index.ts). V8 keeps the pages it freed in a pool,
 * where the builder of the next part finds them (evidence-base-client.ts).
 */
export type BaseRequest = { caseId: string; range: BasePartRange };
export type BaseResponse = { type: 'built'; part: EvidenceBasePart } | { type: 'failed'; error: string };

const db = new ExpedienteDatabase(DATABASE_NAME, { cache: 'disabled' });

const fail = (error: unknown) => self.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies BaseResponse);

self.addEventListener('message', (event: MessageEvent<BaseRequest>) => {
  // Every way out answers: the search worker waits for this one message, and would wait for ever without it.
  readEvidenceBasePart(db, event.data.caseId, new AbortController().signal, event.data.range)
    .then((part) => self.postMessage({ type: 'built', part } satisfies BaseResponse, { transfer: partTransferables(part) }))
    .catch(fail);
});
