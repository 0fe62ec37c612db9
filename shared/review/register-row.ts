import type { EvidenceItem } from '../domain/types';

/**
 * What the register keeps of an item in memory for its list, sorting,
 * filters, coding and CSV: no description, notes, URLs, ids or hashes. A
 * 100,000-item register holds every row at once; the selected item, and the
 * one on the review screen, are read whole. A row may be an object that reads
 * its values from a block of rows (register-block.ts): read its fields, copy
 * it with `plainRow`, never spread it or write to it.
 */
export type RegisterRow = Pick<
  EvidenceItem,
  'id' | 'caseId' | 'exhibitNo' | 'title' | 'kind' | 'platform' | 'capturedAt' | 'captureTimeZone' | 'publishedAt' |
  'sensitivity' | 'tagIds' | 'reviewStatus' | 'archivedAt'
> & { hasAttachment: boolean };

export function toRegisterRow(item: EvidenceItem): RegisterRow {
  return {
    id: item.id, caseId: item.caseId, exhibitNo: item.exhibitNo, title: item.title, kind: item.kind, platform: item.platform,
    capturedAt: item.capturedAt, captureTimeZone: item.captureTimeZone, publishedAt: item.publishedAt, sensitivity: item.sensitivity,
    tagIds: item.tagIds, reviewStatus: item.reviewStatus, archivedAt: item.archivedAt, hasAttachment: item.attachment !== null,
  };
}

/** Every field of a row. */
const ROW_KEYS = [
  'id', 'caseId', 'exhibitNo', 'title', 'kind', 'platform', 'capturedAt', 'captureTimeZone', 'publishedAt',
  'sensitivity', 'tagIds', 'reviewStatus', 'archivedAt', 'hasAttachment',
] as const satisfies readonly (keyof RegisterRow)[];

/** The row as a plain object of its values (a row read from a block of rows has them as getters: register-block.ts). */
export function plainRow(row: RegisterRow): RegisterRow {
  return Object.fromEntries(ROW_KEYS.map((key) => [key, row[key]])) as RegisterRow;
}
