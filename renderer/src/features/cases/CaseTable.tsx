import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '@shared/domain/types';
import { withStorageErrors } from '../../db/report-storage-errors';
import { formatCalendarDate, formatInstant } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { cases } from './commands';

interface Props {
  rows: Case[];
  isArchivedList: boolean;
}

export function CaseTable({ rows, isArchivedList }: Props) {
  const { t, i18n } = useTranslation();
  const openCaseDialog = useUiStore((s) => s.openCaseDialog);
  const announce = useUiStore((s) => s.announce);
  const dash = t('cases.none');

  const toggleArchived = async (c: Case) => {
    const ok = await withStorageErrors(() => cases.setArchived(c.id, !isArchivedList).then(() => true));
    if (ok) announce(t(isArchivedList ? 'cases.restored' : 'cases.archived', { title: c.title }));
  };

  return (
    <table className="case-table">
      <caption>{t(isArchivedList ? 'cases.tableCaptionArchived' : 'cases.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.columns.title')}</th>
          <th scope="col">{t('cases.columns.reference')}</th>
          <th scope="col">{t('cases.columns.court')}</th>
          <th scope="col">{t('cases.columns.jurisdiction')}</th>
          <th scope="col">{t('cases.columns.hearing')}</th>
          <th scope="col">{t('cases.columns.updated')}</th>
          <th scope="col"><span className="visually-hidden">{t('cases.columns.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link href={`/cases/${c.id}/evidence`}>{c.title}</Link>
              {c.shortName && <span className="case-table__short">{c.shortName}</span>}
            </th>
            <td>{c.reference || dash}</td>
            <td>{c.court || dash}</td>
            <td>{c.jurisdiction || dash}</td>
            <td>{c.hearingDate ? formatCalendarDate(c.hearingDate, i18n.language) : dash}</td>
            <td>{formatInstant(c.updatedAt, i18n.language)}</td>
            <td className="case-table__actions">
              {!isArchivedList && (
                <button type="button" aria-label={t('cases.editCase', { title: c.title })}
                  onClick={() => openCaseDialog({ mode: 'edit', caseId: c.id })}>
                  {t('cases.edit')}
                </button>
              )}
              <button type="button" aria-label={t(isArchivedList ? 'cases.restoreCase' : 'cases.archiveCase', { title: c.title })}
                onClick={() => void toggleArchived(c)}>
                {t(isArchivedList ? 'cases.restore' : 'cases.archive')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
