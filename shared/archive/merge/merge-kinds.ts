import type { Case } from '../../domain/types';
import { partyLabel } from '../../parties/pseudonym';
import { caseTables, type CaseDocument, type CaseTable } from '../case-document';

/** What a merge compares: the case's own details, then every table of rows. */
export type MergeKind = 'case' | CaseTable;
export const mergeKinds: readonly MergeKind[] = ['case', ...caseTables];

export type TableRow = CaseDocument[CaseTable][number];
export type MergeRowValue = Case | TableRow;

/** The audit log's name for each kind (the names the rest of the app writes). */
export const auditEntityOf: Record<MergeKind, string> = {
  case: 'case', parties: 'party', evidence: 'evidence', tagGroups: 'tag-group', tags: 'tag', facts: 'fact',
  expertReports: 'expert-report', arguments: 'argument', authorities: 'authority', savedViews: 'view', exportRecords: 'export',
};

/**
 * Fields a merge never compares or changes: identity, the case's numbering
 * counters and prefix (exhibit and fact numbers are stable once given), and
 * timestamps of the case row that the app keeps itself.
 */
export const fixedFields: Record<MergeKind, readonly string[]> = {
  case: ['id', 'exhibitPrefix', 'lastExhibitCounter', 'lastPseudonymNumber', 'lastFactNumber', 'createdAt', 'updatedAt'],
  parties: ['id', 'caseId'], evidence: ['id', 'caseId', 'exhibitNo'], tagGroups: ['id', 'caseId'], tags: ['id', 'caseId'],
  facts: ['id', 'caseId', 'number'], expertReports: ['id', 'caseId'], arguments: ['id', 'caseId'], authorities: ['id', 'caseId'],
  savedViews: ['id', 'caseId'], exportRecords: ['id', 'caseId'],
};

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** How a row is named in the preview and the audit log (a protected party only by its pseudonym). */
export function labelOf(kind: MergeKind, row: MergeRowValue): string {
  const r = row as unknown as Record<string, unknown>;
  switch (kind) {
    case 'case': return String(r.title);
    case 'parties': return partyLabel(row as CaseDocument['parties'][number]);
    case 'evidence': return `${String(r.exhibitNo)} · ${clip(String(r.title))}`;
    case 'facts': return `Fact ${String(r.number)} · ${clip(String(r.text))}`;
    case 'arguments': return clip(String(r.heading));
    case 'authorities': return clip(String(r.citation));
    case 'exportRecords': return clip(String(r.fileName));
    default: return clip(String(r.title ?? r.name ?? r.id));
  }
}
