import { DATABASE_NAME, ExpedienteDatabase } from '../../../db/database';
import type { PartRange } from '../../../db/read-in-parts';
import { blockTransferables } from './register-block';
import { readRegisterPart, type RegisterPart } from './register-read';

/**
 * Reads one part of a case's register and hands it over as one block of
 * rows (register-block.ts), then is thrown away: reading 100,000 items grows
 * a JS heap's young generation to its largest, and V8 is slow to give it
 * back. Read by the page, that stayed with the page; read here, it goes with
 * the worker, and V8 lends its pages to the next part's worker.
 */
export type RegisterReadRequest = { caseId: string; range: PartRange };
export type RegisterReadResponse = { type: 'read'; part: RegisterPart } | { type: 'failed'; error: string };

const db = new ExpedienteDatabase(DATABASE_NAME, { cache: 'disabled' });

self.addEventListener('message', (event: MessageEvent<RegisterReadRequest>) => {
  // Every way out answers: the page waits for this one message.
  readRegisterPart(db, event.data.caseId, event.data.range, new AbortController().signal)
    .then((part) => self.postMessage({ type: 'read', part } satisfies RegisterReadResponse, { transfer: blockTransferables(part.block) }))
    .catch((error: unknown) => self.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies RegisterReadResponse));
});
