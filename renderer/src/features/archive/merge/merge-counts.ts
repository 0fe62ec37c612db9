import type { MergeKind } from '@shared/archive/merge/merge-kinds';
import type { MergePreview, MergeRowPreview } from '@shared/archive/merge/merge-preview-types';

export interface KindCounts {
  kind: MergeKind;
  rows: MergeRowPreview[];
  new: number;
  changed: number;
  identical: number;
  conflicts: number;
  onlyOurs: number;
}

/** A row is a conflict when someone must decide it or the merge settled a clash by rule (a number, a file). */
export const isConflict = (row: MergeRowPreview) => row.decision !== null || row.notes.some((n) => n.type !== 'matched-by-file');

/** Per kind, in the order of the case format, only kinds the archive or our case has rows of. */
export function countsByKind(preview: MergePreview): KindCounts[] {
  const out = new Map<MergeKind, KindCounts>();
  for (const row of preview.rows) {
    const c = out.get(row.kind) ?? { kind: row.kind, rows: [], new: 0, changed: 0, identical: 0, conflicts: 0, onlyOurs: preview.onlyOurs[row.kind] ?? 0 };
    c.rows.push(row);
    c[row.status] += 1;
    if (isConflict(row)) c.conflicts += 1;
    out.set(row.kind, c);
  }
  for (const [kind, n] of Object.entries(preview.onlyOurs) as [MergeKind, number][]) {
    if (!out.has(kind)) out.set(kind, { kind, rows: [], new: 0, changed: 0, identical: 0, conflicts: 0, onlyOurs: n });
  }
  return [...out.values()];
}
