import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { formatInstant } from '../../i18n/format-date';

/** Every export of the case, with the SHA-256 of the file it produced. */
export function ExportHistory({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const records = useLiveQuery(() => db.exportRecords.where('caseId').equals(caseId).reverse().sortBy('at'), [caseId]);
  if (!records || records.length === 0) return null;
  return (
    <table className="case-table export__history">
      <caption>{t('export.history.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.history.when')}</th>
          <th scope="col">{t('export.history.file')}</th>
          <th scope="col">{t('export.history.profile')}</th>
          <th scope="col">{t('export.history.pages')}</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id}>
            <td>{formatInstant(r.at, i18n.language)}</td>
            <th scope="row">{r.fileName}</th>
            <td>{t(`export.profile.${r.profile as 'internal'}`)}</td>
            <td>{r.pageCount}</td>
            <td className="mono">{r.sha256}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
