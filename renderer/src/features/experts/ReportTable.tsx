import { useTranslation } from 'react-i18next';
import type { ExpertReport, Party } from '@shared/domain/types';
import { pd35Checklist } from '@shared/experts/pd35-checklist';
import { partyLabel } from '@shared/parties/pseudonym';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { formatCalendarDate } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { setReportArchived } from './data/report-commands';

interface Props {
  reports: readonly ExpertReport[];
  parties: ReadonlyMap<string, Party>;
  openReportId: string | null;
}

export function ReportTable({ reports, parties, openReportId }: Props) {
  const { t } = useTranslation();
  return (
    <table className="case-table report-table">
      <caption>{t('experts.page.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('experts.columns.title')}</th>
          <th scope="col">{t('experts.columns.expert')}</th>
          <th scope="col">{t('experts.columns.date')}</th>
          <th scope="col">{t('experts.columns.checklist')}</th>
          <th scope="col" className="case-table__actions">{t('experts.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => <ReportRow key={r.id} report={r} parties={parties} isOpen={r.id === openReportId} />)}
      </tbody>
    </table>
  );
}

function ReportRow({ report, parties, isOpen }: { report: ExpertReport; parties: ReadonlyMap<string, Party>; isOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const openDialog = useUiStore((s) => s.openReportDialog);
  const setOpenReport = useUiStore((s) => s.setOpenReport);
  const announce = useUiStore((s) => s.announce);
  const isArchived = report.archivedAt !== null;
  const expert = report.expertPartyId ? parties.get(report.expertPartyId) : undefined;
  const checklist = pd35Checklist(report);
  const toggleArchived = async () => {
    const ok = await withStorageErrors(() => setReportArchived(db, report.id, !isArchived).then(() => true));
    if (ok) announce(t(isArchived ? 'experts.actions.restored' : 'experts.actions.archived'));
  };
  return (
    <tr aria-current={isOpen || undefined}>
      <th scope="row">{report.title}</th>
      <td>{expert ? partyLabel(expert) : <span className="muted">{t('experts.noExpert')}</span>}</td>
      <td>{report.date ? formatCalendarDate(report.date, i18n.language) : <span className="muted">{t('experts.undated')}</span>}</td>
      <td>
        <span className={checklist.isComplete ? 'checklist-count checklist-count--complete' : 'checklist-count'}>
          {t('experts.completeCount', { complete: checklist.complete, total: checklist.applicable })}
        </span>
        {checklist.notApplicable > 0 && <span className="case-table__short">{t('experts.notApplicableCount', { count: checklist.notApplicable })}</span>}
      </td>
      <td className="case-table__actions">
        <button type="button" aria-label={t('experts.actions.openReport', { title: report.title })} onClick={() => setOpenReport(report.id)}>
          {t('experts.actions.open')}
        </button>
        {!isArchived && (
          <button type="button" aria-label={t('experts.actions.editReport', { title: report.title })} onClick={() => openDialog({ mode: 'edit', reportId: report.id })}>
            {t('experts.actions.edit')}
          </button>
        )}
        <button type="button" aria-label={t(isArchived ? 'experts.actions.restoreReport' : 'experts.actions.archiveReport', { title: report.title })}
          onClick={() => void toggleArchived()}>
          {t(isArchived ? 'experts.actions.restore' : 'experts.actions.archive')}
        </button>
      </td>
    </tr>
  );
}
