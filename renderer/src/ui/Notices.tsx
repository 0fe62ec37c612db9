import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';

/** Storage problems as an alert that stays; confirmations in a polite live region. */
export function Notices() {
  const { t } = useTranslation();
  const problem = useUiStore((s) => s.storageProblem);
  const dismiss = useUiStore((s) => s.dismissStorageProblem);
  const status = useUiStore((s) => s.status);
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
