import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, ListBackupsResult } from '@shared/shell-api/api';
import { shell } from '@platform/shell';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';

const mb = (bytes: number) => (bytes / 1048576).toFixed(2);

/** The automatic backups on this machine, newest first; restoring one imports it as a new case, verified first. */
export function RestoreBackupDialog() {
  const { t } = useTranslation();
  const isOpen = useUiStore((s) => s.isRestoringBackup);
  const setOpen = useUiStore((s) => s.setRestoringBackup);
  return (
    <Dialog title={t('backups.restore.title')} isOpen={isOpen} onClose={() => setOpen(false)}>
      {isOpen && <BackupList onClose={() => setOpen(false)} />}
    </Dialog>
  );
}

function BackupList({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [listed, setListed] = useState<ListBackupsResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const setPending = useUiStore((s) => s.setPendingArchive);
  const openImport = useUiStore((s) => s.setImportingArchive);
  useEffect(() => {
    void shell.listBackups().then(setListed, (e: unknown) => setProblem(String(e)));
  }, []);

  const restore = async (entry: BackupEntry) => {
    let opened: Awaited<ReturnType<typeof shell.openBackup>>;
    try {
      opened = await shell.openBackup({ caseId: entry.caseId, fileName: entry.fileName });
    } catch (error) {
      return setProblem(t('backups.restore.unreadable', { message: error instanceof Error ? error.message : String(error) }));
    }
    if (opened.status !== 'opened') return setProblem(t(`backups.restore.${opened.status}`));
    setPending({ name: opened.name, handle: opened.handle, size: opened.size });
    onClose();
    openImport(true);
  };

  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <div className="backup-restore">
      {listed === null && !problem && <p>{t('backups.restore.loading')}</p>}
      {listed?.status === 'unavailable' && <p>{t('backups.restore.unavailable')}</p>}
      {listed?.status === 'listed' && (
        <>
          <p>{t('backups.restore.body', { folder: listed.folder })}</p>
          {listed.backups.length === 0 ? <p>{t('backups.restore.none')}</p> : (
            <table className="data-table">
              <thead><tr><th scope="col">{t('backups.restore.case')}</th><th scope="col">{t('backups.restore.written')}</th><th scope="col">{t('backups.restore.size')}</th><th scope="col"><span className="visually-hidden">{t('backups.restore.actions')}</span></th></tr></thead>
              <tbody>
                {listed.backups.map((b) => (
                  <tr key={`${b.caseId}/${b.fileName}`}>
                    <td>{b.caseTitle || b.caseId}</td>
                    <td>{when(b.at)}</td>
                    <td>{t('backups.restore.mb', { size: mb(b.size) })}</td>
                    <td><button type="button" onClick={() => void restore(b)} aria-label={t('backups.restore.actionFor', { title: b.caseTitle || b.caseId, when: when(b.at) })}>{t('backups.restore.action')}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {problem && <p role="alert" className="field__error">{problem}</p>}
      <div className="dialog__actions"><button type="button" onClick={onClose}>{t('backups.restore.close')}</button></div>
    </div>
  );
}
