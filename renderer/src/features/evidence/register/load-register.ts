import { toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import type { ExpedienteDatabase } from '../../../db/database';
import { eachEvidencePage } from '../../../db/evidence-store';

/**
 * Every item of a case as a register row, read page by page along the exhibit-number index, so
 * the page stays responsive while a 100,000-item register loads.
 * (No setTimeout between pages: a non-Dexie await would lose liveQuery's change tracking.)
 * Stops, rejecting, once `signal` is aborted: a register left before it is
 * read must not go on reading 100,000 items nobody will see.
 */
export async function loadRegister(database: ExpedienteDatabase, caseId: string, signal?: AbortSignal): Promise<RegisterRow[]> {
  const all: RegisterRow[] = [];
  // Rows, not whole items: the descriptions, URLs and hashes read with each page are let go with it.
  await eachEvidencePage(database, caseId, (page) => {
    for (const item of page) all.push(toRegisterRow(item));
  }, signal);
  return all;
}
