import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/domain/types';
import { formatCalendarDate } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { CaseSearchLauncher } from '../search/CaseSearchLauncher';

export function CaseHeader({ value }: { value: Case }) {
  const { t, i18n } = useTranslation();
  const openCaseDialog = useUiStore((s) => s.openCaseDialog);
  const facts = [value.reference, value.court, value.jurisdiction].filter(Boolean);
  return (
    <div className="case-header">
      <div>
        <h1>
          {value.title}
          {value.status === 'archived' && <span className="badge">{t('cases.archivedBadge')}</span>}
        </h1>
        <p className="case-header__facts" aria-label={t('workspace.details')}>
          {facts.map((f) => <span key={f}>{f}</span>)}
          <span>
            {value.hearingDate
              ? t('workspace.hearingOn', { date: formatCalendarDate(value.hearingDate, i18n.language) })
              : t('workspace.noHearing')}
          </span>
        </p>
      </div>
      <div className="case-header__actions">
        <CaseSearchLauncher caseId={value.id} />
        {value.status === 'active' && (
          <button type="button" onClick={() => openCaseDialog({ mode: 'edit', caseId: value.id })}>
            {t('cases.edit')}
          </button>
        )}
      </div>
    </div>
  );
}
