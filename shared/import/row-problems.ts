import type { ImportField } from './import-fields';

/** What can be wrong with a row beyond the form's own rules. */
export type ImportProblem =
  | 'unclosedQuote' | 'malformedQuote' | 'extraCells' | 'missingCells'
  | 'unknownKind' | 'unknownSensitivity' | 'dateFormat' | 'dateWithoutTime' | 'ambiguousDate'
  | 'duplicateOfExhibit' | 'duplicateInFile';

/**
 * One thing said about a row. `message` is an i18n key: the form's own
 * (`validation.*`, `evidence.warnings.*`) or the import's (`csvImport.problems.*`),
 * so the same rule reads the same in the form and in the import.
 */
export interface RowProblem {
  field: ImportField | null;
  message: string;
  params?: Record<string, string | number>;
}

export const importProblem = (field: ImportField | null, problem: ImportProblem, params?: RowProblem['params']): RowProblem =>
  params ? { field, message: `csvImport.problems.${problem}`, params } : { field, message: `csvImport.problems.${problem}` };
