import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { EvidenceDetail } from './detail/EvidenceDetail';
import { EvidenceFormDialog } from './form/EvidenceFormDialog';
import { IntakePanel } from './intake/IntakePanel';
import { RegisterTable } from './register/RegisterTable';
import { useRegister } from './register/use-register';
import { VerifyIntegrity } from './VerifyIntegrity';

/** The evidence register of one case: intake, the list, the selected item. */
export function EvidencePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const register = useRegister(caseId);
  const items = register?.items;
  const selectedId = useUiStore((s) => s.selectedEvidenceId);
  const openDialog = useUiStore((s) => s.openEvidenceDialog);
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedEvidence);
  const setShowingArchived = useUiStore((s) => s.setShowingArchivedEvidence);
  const archivedId = useId();
  return (
    <div className="evidence">
      <div className="evidence__toolbar">
        <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create' })}>{t('evidence.page.register')}</button>
        <label htmlFor={archivedId} className="checkbox">
          <input id={archivedId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
          {t('evidence.page.showArchived')}
        </label>
        <span className="muted" aria-live="polite">
          {register ? (register.isComplete ? t('evidence.page.count', { count: register.items.length }) : t('evidence.page.loading')) : ''}
        </span>
        <VerifyIntegrity caseId={caseId} />
      </div>
      {!isShowingArchived && <IntakePanel caseId={caseId} />}
      {register?.isComplete && register.items.length === 0 ? (
        <EmptyState headingLevel={3} title={t(isShowingArchived ? 'evidence.page.noArchived' : 'workspace.empty.evidence.title')}
          body={t(isShowingArchived ? 'evidence.page.noArchivedBody' : 'workspace.empty.evidence.body')} />
      ) : (
        <div className={selectedId ? 'evidence__body evidence__body--with-detail' : 'evidence__body'}>
          {items && <RegisterTable items={items} />}
          {selectedId && <EvidenceDetail itemId={selectedId} />}
        </div>
      )}
      <EvidenceFormDialog caseId={caseId} />
    </div>
  );
}
