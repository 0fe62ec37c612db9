import type { EvidenceKind, Sensitivity } from '../domain/types';
import { fieldForHeader, requiredImportFields, type ImportField } from './import-fields';
import { suggestDateFormat, type DateFormat } from './import-dates';
import type { ParsedCsv } from './parse-csv';

/** How the columns of a file become register fields, and how its dates are read. */
export interface ImportMapping {
  /** One entry per column of the file: the field it fills, or null to ignore it. */
  columns: (ImportField | null)[];
  dateFormat: DateFormat;
  /** True while the date format is a guess nobody confirmed (no value told day from month). */
  isDateFormatGuess: boolean;
  /** The capture zone of rows without a time-zone cell (the form's default: this machine's zone). */
  timeZone: string;
  kindWhenEmpty: EvidenceKind;
  sensitivityWhenEmpty: Sensitivity;
}

/** A first mapping from the header names; each field goes to the first column that names it. */
export function suggestMapping(parsed: ParsedCsv, timeZone: string, dateFallback: 'dmy' | 'mdy' = 'dmy'): ImportMapping {
  const taken = new Set<ImportField>();
  const columns = parsed.header.map((name) => {
    const field = fieldForHeader(name);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  const dates = dateCells(parsed, columns);
  const { format, isGuess } = suggestDateFormat(dates, dateFallback);
  return { columns, dateFormat: format, isDateFormatGuess: isGuess, timeZone, kindWhenEmpty: 'other', sensitivityWhenEmpty: 'normal' };
}

/** The mapping with `field` on column `index`, taken off any other column (a field has one source). */
export function assignColumn(mapping: ImportMapping, index: number, field: ImportField | null): ImportMapping {
  const columns = mapping.columns.map((f, i) => (i === index ? field : f === field ? null : f));
  return { ...mapping, columns };
}

export function unmappedRequiredFields(mapping: ImportMapping): ImportField[] {
  return requiredImportFields.filter((f) => !mapping.columns.includes(f));
}

/** Every cell of the columns mapped to a date field (to suggest their format). */
export function* dateCells(parsed: ParsedCsv, columns: readonly (ImportField | null)[]): Generator<string> {
  const indexes = columns.flatMap((f, i) => (f === 'publishedAt' || f === 'capturedAt' ? [i] : []));
  for (const { cells } of parsed.rows) for (const i of indexes) if (cells[i]) yield cells[i];
}
