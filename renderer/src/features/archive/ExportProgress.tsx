import { useTranslation } from 'react-i18next';
import type { ArchiveProgress } from '@shared/archive/write-archive';

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

/** How far a streamed export is: bytes of attachments written of the total, and which file is being written. */
export function ExportProgress({ progress }: { progress: ArchiveProgress }) {
  const { t } = useTranslation();
  const values = { done: mb(progress.doneBytes), total: mb(progress.totalBytes) };
  return (
    <div className="archive__progress">
      <progress max={Math.max(1, progress.totalBytes)} value={progress.doneBytes} aria-label={t('archive.export.progress')} />
      <span aria-live="polite">
        {progress.current
          ? t('archive.export.writingFile', { ...values, owner: progress.current.owner, name: progress.current.name })
          : progress.phase === 'files' ? t('archive.export.working') : t('archive.export.finishing', values)}
      </span>
    </div>
  );
}
