import type { EvidenceForm } from '../evidence/evidence-input';
import { evidenceFormSchemaAt, evidenceWarnings } from '../evidence/evidence-input';
import { fieldsFromForm, type EvidenceFields } from '../evidence/evidence-fields';
import { kindFromText, sensitivityFromText, dateFields, type ImportField } from './import-fields';
import { isAmbiguousDate, parseDateCell } from './import-dates';
import type { ImportMapping } from './import-mapping';
import type { CsvRow } from './parse-csv';
import { importProblem, type RowProblem } from './row-problems';

export interface ConvertedRow {
  row: number;
  cells: string[];
  /** What will be stored; null when the row has errors and will not be imported. */
  fields: EvidenceFields | null;
  errors: RowProblem[];
  warnings: RowProblem[];
}

function blankForm(mapping: ImportMapping): EvidenceForm {
  return {
    title: '', kind: mapping.kindWhenEmpty, platform: '', sourceUrl: '', platformContentId: '', account: '', publishedAt: '',
    capturedAt: '', captureTimeZone: mapping.timeZone, capturedBy: '', captureMethod: '', description: '',
    sensitivity: mapping.sensitivityWhenEmpty, externalReference: '', notes: '',
  };
}

/**
 * Turns rows into register fields by the register form's own rules: the row
 * is written into the form's shape (text as a person would have typed it),
 * checked with the form's schema and converted with the form's conversion.
 * `now` is the clock for "not in the future".
 */
export function rowConverter(columnCount: number, mapping: ImportMapping, now: Date) {
  const schema = evidenceFormSchemaAt(() => now);
  const columnOf = new Map<ImportField, number>();
  mapping.columns.forEach((field, i) => field && columnOf.set(field, i));

  return (csvRow: CsvRow): ConvertedRow => {
    const { row, cells } = csvRow;
    const errors: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    if (csvRow.quoteProblem) errors.push(importProblem(null, csvRow.quoteProblem === 'unclosed' ? 'unclosedQuote' : 'malformedQuote'));
    const extra = cells.slice(columnCount).filter((c) => c.trim() !== '').length;
    if (extra > 0) errors.push(importProblem(null, 'extraCells', { count: cells.length, expected: columnCount }));
    else if (cells.length < columnCount) warnings.push(importProblem(null, 'missingCells', { count: cells.length, expected: columnCount }));

    const form = blankForm(mapping);
    const cell = (field: ImportField) => {
      const i = columnOf.get(field);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    for (const field of columnOf.keys()) {
      const value = cell(field);
      if (field === 'kind') {
        if (value) {
          const kind = kindFromText(value);
          if (kind) form.kind = kind;
          else errors.push(importProblem('kind', 'unknownKind', { value }));
        }
      } else if (field === 'sensitivity') {
        if (value) {
          const sensitivity = sensitivityFromText(value);
          if (sensitivity) form.sensitivity = sensitivity;
          else errors.push(importProblem('sensitivity', 'unknownSensitivity', { value }));
        }
      } else if (field === 'captureTimeZone') {
        if (value) form.captureTimeZone = value;
      } else if (field !== 'publishedAt' && field !== 'capturedAt') {
        form[field] = value;
      }
    }
    for (const field of dateFields) {
      const value = cell(field);
      if (!value) continue;
      const parsed = parseDateCell(value, mapping.dateFormat, form.captureTimeZone);
      if (parsed.status === 'invalid') {
        errors.push(importProblem(field, 'dateFormat', { value, format: mapping.dateFormat }));
        continue;
      }
      form[field] = parsed.wallTime;
      if (!parsed.hasTime) warnings.push(importProblem(field, 'dateWithoutTime', { value }));
      if (mapping.isDateFormatGuess && isAmbiguousDate(value)) warnings.push(importProblem(field, 'ambiguousDate', { value }));
    }

    const checked = schema.safeParse(form);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        errors.push({ field: typeof field === 'string' ? (field as ImportField) : null, message: issue.message });
      }
    }
    if (errors.length > 0 || !checked.success) return { row, cells, fields: null, errors, warnings };
    for (const w of evidenceWarnings(checked.data, now)) warnings.push({ field: 'publishedAt', message: `evidence.warnings.${w}` });
    return { row, cells, fields: fieldsFromForm(checked.data), errors, warnings };
  };
}
