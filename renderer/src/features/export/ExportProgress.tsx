import { useTranslation } from 'react-i18next';
import type { ExportState } from './use-bundle-export';

/** What the builder is doing now, and a Cancel that stops it. */
export function ExportProgress({ state, onCancel }: { state: ExportState; onCancel(): void }) {
  const { t } = useTranslation();
  if (state.phase === 'building') {
    const p = state.progress;
    return (
      <div className="export__progress">
        <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label={t('export.progress.label')} />
        <span aria-live="polite">{p ? t('export.progress.step', { done: p.done, total: p.total, label: p.label }) : t('export.progress.preparing')}</span>
        <button type="button" onClick={onCancel}>{t('export.progress.cancel')}</button>
      </div>
    );
  }
  if (state.phase === 'cancelled') return <p role="status">{t('export.progress.cancelled')}</p>;
  if (state.phase === 'failed') return <p role="alert" className="field__error">{t('export.progress.failed', { message: state.message })}</p>;
  return null;
}
