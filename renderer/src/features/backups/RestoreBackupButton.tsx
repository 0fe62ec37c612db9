import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shell } from '@platform/shell';
import { useUiStore } from '../../store/ui-store';

/** "Restore from backup…" on the case list, in the edition that keeps backups. */
export function RestoreBackupButton() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.setRestoringBackup);
  const [canBackUp, setCanBackUp] = useState(false);
  useEffect(() => {
    void shell.getAppInfo().then((info) => setCanBackUp(info.canBackUp));
  }, []);
  if (!canBackUp) return null;
  return <button type="button" onClick={() => open(true)}>{t('backups.restore.open')}</button>;
}
