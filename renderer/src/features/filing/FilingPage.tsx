import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { ExportHistory } from '../export/ExportHistory';
import { FilingScreen } from './FilingScreen';
import { useFilingCase } from './use-filing-case';

/** The Filing section: a complaint, denuncia, brief or regulator letter from the case, as PDF or DOCX. */
export function FilingPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const data = useFilingCase(caseId);
  useClearStandingStatus();
  if (!data) return null;
  return (
    <div className="filing">
      <p className="filing__intro">{t('filing.intro')}</p>
      <FilingScreen key={caseId} data={data} />
      <ExportHistory caseId={caseId} />
    </div>
  );
}

/** A confirmation carried over from another screen may name a protected party ("Text of … saved"); this screen never shows one. */
function useClearStandingStatus() {
  useEffect(() => {
    const { status, clearStatus } = useUiStore.getState();
    if (status) clearStatus(status.id);
  }, []);
}
