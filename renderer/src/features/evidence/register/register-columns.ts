import type { EvidenceItem } from '@shared/domain/types';
import type { RegisterColumn, RegisterSort } from '../evidence-ui-slice';

export interface ColumnDef {
  id: RegisterColumn;
  width: number;
  minWidth: number;
}

/** The register's columns in display order, with default widths in pixels. */
export const registerColumns: readonly ColumnDef[] = [
  { id: 'exhibitNo', width: 100, minWidth: 70 },
  { id: 'title', width: 280, minWidth: 120 },
  { id: 'kind', width: 120, minWidth: 70 },
  { id: 'platform', width: 110, minWidth: 70 },
  { id: 'capturedAt', width: 150, minWidth: 100 },
  { id: 'sensitivity', width: 120, minWidth: 80 },
  { id: 'tags', width: 110, minWidth: 60 },
  { id: 'reviewStatus', width: 120, minWidth: 80 },
];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortKey(item: EvidenceItem, column: RegisterColumn): string {
  switch (column) {
    case 'capturedAt':
      return item.capturedAt ?? '';
    case 'tags':
      return String(item.tagIds.length).padStart(6, '0');
    default:
      return item[column];
  }
}

/** Sorted copy; ties keep exhibit order so the list never jumps. Empty values sort last. */
export function sortRegister(items: readonly EvidenceItem[], sort: RegisterSort): EvidenceItem[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  const keyed = items.map((item) => ({ item, key: sortKey(item, sort.column) }));
  keyed.sort((a, b) => {
    if (a.key === '' && b.key !== '') return 1;
    if (b.key === '' && a.key !== '') return -1;
    return factor * collator.compare(a.key, b.key) || collator.compare(a.item.exhibitNo, b.item.exhibitNo);
  });
  return keyed.map((k) => k.item);
}
