import { useTranslation } from 'react-i18next';
import type { FilingFormat } from './data/record-filing-export';

/** The two ways out: a PDF to file, a DOCX to edit further. */
export function FilingActions({ working, onExport }: { working: FilingFormat | null; onExport(format: FilingFormat): void }) {
  const { t } = useTranslation();
  return (
    <div className="filing__actions">
      <div className="button-row">
        {(['pdf', 'docx'] as const).map((format) => (
          <button key={format} type="button" className={format === 'pdf' ? 'button--primary' : undefined} disabled={working !== null} onClick={() => onExport(format)}>
            {t(`filing.actions.${format}`)}
          </button>
        ))}
      </div>
      {working && <p role="status" className="muted">{t('filing.actions.working', { format: working.toUpperCase() })}</p>}
    </div>
  );
}
