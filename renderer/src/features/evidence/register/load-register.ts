import type { EvidenceItem } from '@shared/domain/types';
import type { ExpedienteDatabase } from '../../../db/database';
import { eachEvidencePage } from '../../../db/evidence-store';

/**
 * Every item of a case, read page by page along the exhibit-number index, so
 * the page stays responsive while a 100,000-item register loads.
 * (No setTimeout between pages: a non-Dexie await would lose liveQuery's change tracking.)
 * Stops, rejecting, once `signal` is aborted: a register left before it is
 * read must not go on reading 100,000 items nobody will see.
 */
export async function loadRegister(database: ExpedienteDatabase, caseId: string, signal?: AbortSignal): Promise<EvidenceItem[]> {
  const all: EvidenceItem[] = [];
  await eachEvidencePage(database, caseId, (page) => all.push(...page), signal);
  return all;
}
