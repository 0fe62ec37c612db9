import type { EvidenceItem } from '@shared/domain/types';

/**
 * How evidence is stored: items of one case in pages of up to
 * EVIDENCE_PAGE_SIZE, one IndexedDB record per page. Chromium costs a fixed
 * ~0.2–0.5 ms per record written or read whatever its size, so one record per
 * item made registering 100,000 items take over 30 s; pages make bulk
 * registration, import and coding ~10× cheaper. An item never moves to
 * another page. It is found by id or exhibit number through its case's
 * directory (evidence-directory.ts), and by file hash through the page's
 * `*shas` index. Read and write only through evidence-store.ts.
 */
export interface EvidencePage {
  caseId: string;
  /** The page's number within its case (the record's key with caseId). */
  page: number;
  /** The SHA-256 of each item that has one: the `*shas` index (duplicate detection, which items hold a file). */
  shas: string[];
  items: EvidenceItem[];
}

export const EVIDENCE_PAGE_SIZE = 500;

/** Two items of a case with one exhibit number, or one id twice in a page: the write is refused and nothing of it is kept. */
export class EvidenceConstraintError extends Error {
  override readonly name = 'ConstraintError';
}

/** The record for these items of one case. Refuses an exhibit number or id given twice within the page. */
export function toEvidencePage(caseId: string, page: number, items: EvidenceItem[]): EvidencePage {
  if (new Set(items.map((i) => i.exhibitNo)).size !== items.length) throw new EvidenceConstraintError(`ConstraintError: two items of case ${caseId} with one exhibit number`);
  if (new Set(items.map((i) => i.id)).size !== items.length) throw new EvidenceConstraintError(`ConstraintError: two items with one id in case ${caseId}`);
  for (const item of items) if (item.caseId !== caseId) throw new Error(`Item ${item.id} belongs to case ${item.caseId}, not ${caseId}`);
  const shas = items.flatMap((i) => (i.hashes.sha256 ? [i.hashes.sha256] : []));
  return { caseId, page, shas, items };
}
