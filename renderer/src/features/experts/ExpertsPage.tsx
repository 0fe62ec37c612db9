import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { ReportDetail } from './ReportDetail';
import { ReportFormDialog } from './ReportFormDialog';
import { ReportTable } from './ReportTable';
import { useExpertReports } from './use-reports';

/** The case's expert reports, each with its PD35 completeness, and the one open below the list. */
export function ExpertsPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const data = useExpertReports(caseId);
  const openDialog = useUiStore((s) => s.openReportDialog);
  const openReportId = useUiStore((s) => s.openReportId);
  const setOpenReport = useUiStore((s) => s.setOpenReport);
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedReports);
  const setShowingArchived = useUiStore((s) => s.setShowingArchivedReports);
  const archivedId = useId();
  // An open report belongs to the case it was opened in.
  useEffect(() => () => setOpenReport(null), [caseId, setOpenReport]);
  if (!data) return null;
  const reports = data.reports.filter((r) => (r.archivedAt !== null) === isShowingArchived);
  const open = reports.find((r) => r.id === openReportId) ?? null;
  return (
    <div className="experts">
      <div className="evidence__toolbar">
        {!isShowingArchived && (
          <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create' })}>{t('experts.page.add')}</button>
        )}
        <label htmlFor={archivedId} className="checkbox">
          <input id={archivedId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
          {t('experts.page.showArchived')}
        </label>
        <span className="muted" aria-live="polite">{t('experts.page.count', { count: reports.length })}</span>
      </div>
      {reports.length === 0 ? (
        isShowingArchived
          ? <EmptyState headingLevel={3} title={t('experts.page.noArchived')} body={t('experts.page.noArchivedBody')} />
          : <EmptyState headingLevel={3} title={t('workspace.empty.experts.title')} body={t('workspace.empty.experts.body')} />
      ) : (
        <ReportTable reports={reports} parties={data.parties} openReportId={open?.id ?? null} />
      )}
      {open && <ReportDetail key={open.id} caseId={caseId} report={open} data={data} />}
      <ReportFormDialog caseId={caseId} parties={[...data.parties.values()]} />
    </div>
  );
}
