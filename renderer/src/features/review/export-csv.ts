import type { TFunction } from 'i18next';
import type { RegisterRow } from '@shared/review/register-row';
import { toCsv } from '@shared/review/csv';
import type { ColumnDef } from '../evidence/register/register-columns';
import type { CaseTags } from './use-case-tags';

/** The register as shown (filter, order and visible columns) as CSV text. */
export function registerCsv(items: readonly RegisterRow[], columns: readonly ColumnDef[], t: TFunction, tags: CaseTags | undefined): string {
  const header = columns.map((c) => (c.id === 'capturedAt' ? t('review.csv.capturedUtc') : t(`evidence.columns.${c.id}`)));
  const rows = items.map((item) =>
    columns.map((c) => {
      switch (c.id) {
        case 'kind':
          return t(`evidence.kinds.${item.kind}`);
        case 'sensitivity':
          return t(`evidence.sensitivities.${item.sensitivity}`);
        case 'reviewStatus':
          return t(`evidence.reviewStatuses.${item.reviewStatus}`);
        case 'capturedAt':
          return item.capturedAt ?? '';
        case 'tags':
          return item.tagIds.map((id) => tags?.byId.get(id)?.name ?? '').filter(Boolean).join('; ');
        default:
          return item[c.id];
      }
    }),
  );
  return toCsv(header, rows);
}

/** A file name a court clerk would recognise, without characters file systems refuse. */
export function csvFileName(caseName: string, today: Date): string {
  const safe = caseName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'case';
  return `${safe} - evidence register ${today.toISOString().slice(0, 10)}.csv`;
}
