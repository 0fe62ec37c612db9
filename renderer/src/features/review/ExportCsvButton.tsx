import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/review/register-row';
import { shell } from '@platform/shell';
import { useUiStore } from '../../store/ui-store';
import { csvFileName, registerCsv } from './export-csv';
import { useTagsInContext } from './use-case-tags';
import { useVisibleColumns } from './use-visible-columns';

/** Saves the list as it is shown (filter, order, columns) as a spreadsheet-safe CSV. */
export function ExportCsvButton({ caseName, items }: { caseName: string; items: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const tags = useTagsInContext();
  const columns = useVisibleColumns();
  const announce = useUiStore((s) => s.announce);
  const save = async () => {
    const bytes = new TextEncoder().encode(registerCsv(items, columns, t, tags));
    const result = await shell.saveBytes({
      suggestedName: csvFileName(caseName, new Date()),
      bytes,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (result.status === 'saved') announce(t('review.csv.saved', { count: items.length, name: result.name }));
  };
  return (
    <button type="button" onClick={() => void save()} disabled={items.length === 0}>
      {t('review.csv.export')}
    </button>
  );
}
