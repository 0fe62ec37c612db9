import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingWarning } from '@shared/filing';
import { warningText } from './warning-text';

/** What the lawyer must look at before filing, each under its kind; the catalogue's own doubt is repeated, never softened. */
export function FilingWarningList({ warnings }: { warnings: readonly FilingWarning[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="filing__warnings" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('filing.summary.warnings')}</h4>
      {warnings.length === 0 ? <p className="muted">{t('filing.summary.noWarnings')}</p> : (
        <ul aria-labelledby={headingId}>
          {warnings.map((w, i) => (
            <li key={i} className={`filing__warning filing__warning--${w.code}`}>
              <strong>{t(`filing.warnings.${w.code}`)}</strong>
              <span>{warningText(t, w)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
