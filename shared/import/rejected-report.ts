import { toCsv } from '../review/csv';
import type { RowProblem } from './row-problems';

export interface ReportLabels {
  row: string;
  reasons: string;
  /** The heading of a cell beyond the file's header ("Column 7"). */
  extraColumn(n: number): string;
}

/**
 * The rows an import left out, as a spreadsheet-safe CSV (UTF-8 BOM, every
 * cell quoted, formula-looking cells neutralised): the row number in the
 * original file, why it was left out, then its cells exactly as read.
 */
export function rejectedRowsCsv(
  header: readonly string[],
  rows: readonly { row: number; cells: readonly string[]; reasons: readonly RowProblem[] }[],
  describe: (problem: RowProblem) => string,
  labels: ReportLabels,
): string {
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => header[i] || labels.extraColumn(i + 1));
  const lines = rows.map((r) => [
    String(r.row),
    r.reasons.map(describe).join(' '),
    ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
  ]);
  return toCsv([labels.row, labels.reasons, ...columns], lines);
}
