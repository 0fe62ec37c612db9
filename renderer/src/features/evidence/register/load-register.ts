import Dexie from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import type { ExpedienteDatabase } from '../../../db/database';

/** Rows per read: small enough that decoding one page never blocks a frame for long. */
const PAGE = 2_000;

/**
 * Every item of a case, read page by page along the exhibit-number index.
 * One getAll of 100,000 rows decodes them all in one main-thread task (about
 * two seconds here, with the page frozen); pages let the browser paint and
 * handle input between them.
 */
export async function loadRegister(database: ExpedienteDatabase, caseId: string): Promise<EvidenceItem[]> {
  const all: EvidenceItem[] = [];
  let after: string | null = null;
  for (;;) {
    const lower: [string, unknown] = after === null ? [caseId, Dexie.minKey] : [caseId, after];
    const page: EvidenceItem[] = await database.evidence
      .where('[caseId+exhibitNo]')
      .between(lower, [caseId, Dexie.maxKey], after === null, true)
      .limit(PAGE)
      .toArray();
    all.push(...page);
    if (page.length < PAGE) return all;
    // Each read completes in its own task, so the browser paints and takes input in between.
    // (No setTimeout here: a non-Dexie await would lose liveQuery's change tracking.)
    after = page[page.length - 1]!.exhibitNo;
  }
}
