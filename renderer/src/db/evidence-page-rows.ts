import type { EvidenceItem } from '@shared/domain/types';

/**
 * How evidence is stored: items of one case in pages of up to
 * EVIDENCE_PAGE_SIZE, one IndexedDB record per page. Chromium costs a fixed
 * ~0.2–0.5 ms per record written or read whatever its size, so one record per
 * item made registering 100,000 items take over 30 s; pages make bulk
 * registration, import and coding ~10× cheaper. An item never moves to
 * another page; it is found by id, exhibit number or file hash through the
 * page's multi-entry indexes. Read and write only through evidence-store.ts.
 */
export interface EvidencePage {
  caseId: string;
  /** The page's number within its case (the record's key with caseId). */
  page: number;
  /** One per item, in the order of `items`: the `*ids` index. */
  ids: string[];
  /** `caseId` + NUL + exhibit number per item: the unique `&*exhibitKeys` index keeps numbers unique within a case. */
  exhibitKeys: string[];
  /** The SHA-256 of each item that has one: the `*shas` index (duplicate detection, which items hold a file). */
  shas: string[];
  items: EvidenceItem[];
}

/**
 * Which ids each page of a case holds, without the items: the
 * `evidenceDirectory` store, one record per page with the same key. A bulk
 * change to thousands of items reads the few hundred KB of its case's
 * directory to learn which pages to decode, instead of decoding every page or
 * walking the `*ids` index one key at a time. Kept in step with the pages by
 * evidence-store.ts, in the same transaction.
 */
export interface EvidenceDirectoryRow {
  caseId: string;
  page: number;
  ids: string[];
}

export function toDirectoryRow(page: EvidencePage): EvidenceDirectoryRow {
  return { caseId: page.caseId, page: page.page, ids: page.ids };
}

export const EVIDENCE_PAGE_SIZE = 500;

export function exhibitKey(caseId: string, exhibitNo: string): string {
  return `${caseId}\u0000${exhibitNo}`;
}

/** Two items of one write with the same exhibit number or id: refused like the index refuses a clash across pages. */
export class EvidenceConstraintError extends Error {
  override readonly name = 'ConstraintError';
}

/** The record for these items of one case. Refuses an exhibit number or id given twice within the page. */
export function toEvidencePage(caseId: string, page: number, items: EvidenceItem[]): EvidencePage {
  const exhibitKeys = items.map((i) => exhibitKey(caseId, i.exhibitNo));
  const ids = items.map((i) => i.id);
  if (new Set(exhibitKeys).size !== items.length) throw new EvidenceConstraintError(`Two items of case ${caseId} with one exhibit number`);
  if (new Set(ids).size !== items.length) throw new EvidenceConstraintError(`Two items with one id in case ${caseId}`);
  for (const item of items) if (item.caseId !== caseId) throw new Error(`Item ${item.id} belongs to case ${item.caseId}, not ${caseId}`);
  const shas = items.flatMap((i) => (i.hashes.sha256 ? [i.hashes.sha256] : []));
  return { caseId, page, ids, exhibitKeys, shas, items };
}
