import type { EvidenceFields } from '../evidence/evidence-fields';
import { rowConverter, type ConvertedRow } from './convert-row';
import { duplicateChecker, type ExistingItemKey } from './duplicates';
import type { ImportMapping } from './import-mapping';
import type { ParsedCsv } from './parse-csv';
import type { RowProblem } from './row-problems';

/** A checked row: converted, and marked when it looks like an item the case already has. */
export interface PlannedRow extends ConvertedRow {
  duplicate: RowProblem | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  valid: number;
  invalid: number;
  duplicates: number;
}

/**
 * Checks rows one at a time, so a caller can spread 50,000 of them over
 * several tasks and keep the window responsive.
 */
export function rowPlanner(parsed: ParsedCsv, mapping: ImportMapping, existing: Iterable<ExistingItemKey>, now: Date) {
  const convert = rowConverter(parsed.header.length, mapping, now);
  const findDuplicate = duplicateChecker(existing);
  return (index: number): PlannedRow => {
    const converted = convert(parsed.rows[index]!);
    const duplicate = converted.fields ? findDuplicate(converted.row, converted.fields) : null;
    return { ...converted, duplicate };
  };
}

export function summarisePlan(rows: PlannedRow[]): ImportPlan {
  let valid = 0;
  let duplicates = 0;
  for (const r of rows) {
    if (r.fields) valid += 1;
    if (r.duplicate) duplicates += 1;
  }
  return { rows, valid, invalid: rows.length - valid, duplicates };
}

/** Every row at once (tests, the bench, small files). */
export function planImport(parsed: ParsedCsv, mapping: ImportMapping, existing: Iterable<ExistingItemKey>, now: Date): ImportPlan {
  const plan = rowPlanner(parsed, mapping, existing, now);
  return summarisePlan(parsed.rows.map((_, i) => plan(i)));
}

/** What the confirmed import writes, in file order; likely duplicates only when the user chose to keep them. */
export function rowsToImport(plan: ImportPlan, isImportingDuplicates: boolean): { row: number; fields: EvidenceFields }[] {
  return plan.rows.flatMap((r) => (r.fields && (isImportingDuplicates || !r.duplicate) ? [{ row: r.row, fields: r.fields }] : []));
}

/** Rows left out, each with every reason (errors, or the duplicate it resembles). */
export function rowsLeftOut(plan: ImportPlan, isImportingDuplicates: boolean): { row: number; cells: string[]; reasons: RowProblem[] }[] {
  return plan.rows.flatMap((r) => {
    if (!r.fields) return [{ row: r.row, cells: r.cells, reasons: r.errors }];
    if (r.duplicate && !isImportingDuplicates) return [{ row: r.row, cells: r.cells, reasons: [r.duplicate] }];
    return [];
  });
}
