import Dexie from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import type { ExpedienteDatabase } from './database';

/** Rows per read: small enough that decoding one page never blocks a frame for long. */
const PAGE = 2_000;

/**
 * Reads every item of a case page by page along the exhibit-number index,
 * handing each page over before the next is read. One getAll of 100,000 rows
 * decodes them all in one task (seconds, with the thread frozen) and holds
 * them all at once; pages let the browser paint in between and let a caller
 * keep only what it needs of each. Works inside a live query: every await is
 * Dexie's.
 */
export async function eachEvidencePage(database: ExpedienteDatabase, caseId: string, onPage: (page: EvidenceItem[]) => void): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const lower: [string, unknown] = after === null ? [caseId, Dexie.minKey] : [caseId, after];
    const page: EvidenceItem[] = await database.evidence
      .where('[caseId+exhibitNo]')
      .between(lower, [caseId, Dexie.maxKey], after === null, true)
      .limit(PAGE)
      .toArray();
    onPage(page);
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.exhibitNo;
  }
}
