import { useTranslation } from 'react-i18next';
import type { IntakeReport } from './intake-files';

/** What happened to each file: registered as which exhibit, a duplicate of which, or refused and why. */
export function IntakeReportView({ report, onDismiss }: { report: IntakeReport; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="intake-report" role="region" aria-label={t('evidence.intake.reportTitle')}>
      <ul>
        {report.registered.map((item) => (
          <li key={item.id} className="ok">{t('evidence.intake.registeredAs', { name: item.attachment?.name ?? item.title, exhibit: item.exhibitNo })}</li>
        ))}
        {report.duplicates.map((d, i) => (
          <li key={`d${i}`} className="warn">{t('evidence.intake.duplicate', { name: d.name, exhibit: d.duplicateOf })}</li>
        ))}
        {report.refused.map((r, i) => (
          <li key={`r${i}`} className="bad">{t(`evidence.intake.refused.${r.reason}`, { name: r.name, detail: r.detail })}</li>
        ))}
      </ul>
      <button type="button" className="button--quiet" onClick={onDismiss}>{t('storage.dismiss')}</button>
    </div>
  );
}
