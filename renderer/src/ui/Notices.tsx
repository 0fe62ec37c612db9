import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';

/** Long enough to read a sentence twice. */
const STATUS_SECONDS = 8;

/** Storage problems as an alert that stays; confirmations in a polite live region. */
export function Notices() {
  const { t } = useTranslation();
  const problem = useUiStore((s) => s.storageProblem);
  const dismiss = useUiStore((s) => s.dismissStorageProblem);
  const status = useUiStore((s) => s.status);
  const clearStatus = useUiStore((s) => s.clearStatus);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => clearStatus(status.id), STATUS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [status, clearStatus]);
  return (
    <>
      {problem && (
        <div role="alert" className="notice notice--error">
          <p>{t(`storage.${problem}`)}</p>
          <button type="button" onClick={dismiss}>{t('storage.dismiss')}</button>
        </div>
      )}
      <div role="status" className="status-line">
        {status && <p key={status.id}>{status.text}</p>}
      </div>
    </>
  );
}
