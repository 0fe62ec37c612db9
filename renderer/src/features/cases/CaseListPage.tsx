import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { ImportArchiveButton } from '../archive/ImportArchiveButton';
import { ImportArchiveDialog } from '../archive/ImportArchiveDialog';
import { RestoreBackupButton } from '../backups/RestoreBackupButton';
import { RestoreBackupDialog } from '../backups/RestoreBackupDialog';
import { CaseTable } from './CaseTable';
import { useCases } from './use-cases';

export function CaseListPage() {
  const { t } = useTranslation();
  const isShowingArchived = useUiStore((s) => s.isShowingArchived);
  const setShowingArchived = useUiStore((s) => s.setShowingArchived);
  const openCaseDialog = useUiStore((s) => s.openCaseDialog);
  const rows = useCases(isShowingArchived ? 'archived' : 'active');
  const toggleId = useId();

  return (
    <section aria-labelledby="cases-heading" className="page">
      <div className="page__header">
        <h1 id="cases-heading">{t('cases.title')}</h1>
        <div className="page__tools">
          <label htmlFor={toggleId} className="checkbox">
            <input id={toggleId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
            {t('cases.showArchived')}
          </label>
          <ImportArchiveButton />
          <RestoreBackupButton />
          <button type="button" className="button--primary" onClick={() => openCaseDialog({ mode: 'create' })}>
            {t('cases.newCase')}
          </button>
        </div>
      </div>
      {rows === undefined ? null : rows.length === 0 ? (
        isShowingArchived ? (
          <EmptyState title={t('cases.emptyArchivedTitle')} body={t('cases.emptyArchivedBody')} />
        ) : (
          <EmptyState title={t('cases.emptyTitle')} body={t('cases.emptyBody')} />
        )
      ) : (
        <CaseTable rows={rows} isArchivedList={isShowingArchived} />
      )}
      <ImportArchiveDialog />
      <RestoreBackupDialog />
    </section>
  );
}
