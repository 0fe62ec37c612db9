import type { TFunction } from 'i18next';
import { rowsLeftOut, type ImportPlan } from '@shared/import/import-plan';
import { rejectedRowsCsv } from '@shared/import/rejected-report';
import { shell } from '@platform/shell';
import { describeProblem } from './describe-problem';

/** Saves the rows left out of an import, each with why, as a CSV beside the original's name. */
export async function saveLeftOutReport(t: TFunction, fileName: string, header: readonly string[], plan: ImportPlan, isImportingDuplicates: boolean) {
  const csv = rejectedRowsCsv(header, rowsLeftOut(plan, isImportingDuplicates), (p) => describeProblem(t, p), {
    row: t('csvImport.report.row'),
    reasons: t('csvImport.report.reasons'),
    extraColumn: (n) => t('csvImport.report.extraColumn', { n }),
  });
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'import';
  return shell.saveBytes({
    suggestedName: t('csvImport.report.fileName', { name: base }),
    bytes: new TextEncoder().encode(csv),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
}
