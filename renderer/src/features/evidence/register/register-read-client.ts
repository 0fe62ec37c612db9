import type { ExpedienteDatabase } from '../../../db/database';
import { inParts, type PartRange } from '../../../db/read-in-parts';
import { askOnce, WorkerOrHere } from '../../../workers/ask-once';
import { readRegisterPart, type RegisterPart } from './register-read';
import type { RegisterReadRequest, RegisterReadResponse } from './register-read-worker';

const reader = new WorkerOrHere('The register reader');

async function readPartInWorker(caseId: string, range: PartRange, signal: AbortSignal): Promise<RegisterPart> {
  const answer = await askOnce<RegisterReadResponse>(
    () => new Worker(new URL('./register-read-worker.ts', import.meta.url), { type: 'module', name: 'expediente-register-reader' }),
    { caseId, range } satisfies RegisterReadRequest, signal,
  );
  if (answer.type === 'failed') throw new Error(answer.error);
  return answer.part;
}

/**
 * Reads the whole case for the register, a part at a time, each by a worker
 * of its own (register-read-worker.ts), or in this thread where workers
 * cannot run. Hands each part over as it comes.
 */
export async function readRegisterInParts(
  db: ExpedienteDatabase, caseId: string, signal: AbortSignal, onPart: (part: RegisterPart) => void,
): Promise<void> {
  await inParts(async (range) => {
    const part = await reader.run(signal, () => readPartInWorker(caseId, range, signal), () => readRegisterPart(db, caseId, range, signal));
    onPart(part);
    return { lastPage: part.lastPage, isLast: part.isLast };
  });
}
