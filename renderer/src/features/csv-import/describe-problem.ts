import type { TFunction } from 'i18next';
import type { RowProblem } from '@shared/import/row-problems';

/** A row problem in the user's language: "Source URL: Enter a full web address…". */
export function describeProblem(t: TFunction, problem: RowProblem): string {
  const params = { ...problem.params };
  if (typeof params['format'] === 'string') params['format'] = t(`csvImport.dateFormats.${params['format']}` as 'csvImport.dateFormats.iso');
  const text = t(problem.message as 'validation.required', params);
  return problem.field ? `${t(`evidence.fields.${problem.field}`)}: ${text}` : text;
}
