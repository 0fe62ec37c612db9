import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';

/** Step 4: what was imported, and the report of the rows that were not. */
export function ResultStep({ items, leftOut, onDownload }: { items: readonly EvidenceItem[]; leftOut: number; onDownload(): Promise<string | null> }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const first = items[0]?.exhibitNo ?? '';
  const last = items[items.length - 1]?.exhibitNo ?? '';
  return (
    <div className="csv-import__result" role="region" aria-label={t('csvImport.steps.done')}>
      <p><strong>{t('csvImport.done.imported', { count: items.length, first, last })}</strong></p>
      {leftOut > 0 && (
        <>
          <p>{t('csvImport.done.leftOut', { count: leftOut })}</p>
          <button type="button" onClick={() => void onDownload().then(setSaved)}>{t('csvImport.done.download')}</button>
          {saved && <p role="status" className="muted">{t('csvImport.done.saved', { name: saved })}</p>}
        </>
      )}
    </div>
  );
}
