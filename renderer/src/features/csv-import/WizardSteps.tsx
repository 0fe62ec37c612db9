import { useTranslation } from 'react-i18next';

export type WizardStep = 'choose' | 'map' | 'confirm' | 'done';
const steps: readonly WizardStep[] = ['choose', 'map', 'confirm', 'done'];

/** Where the user is in the import, for eyes and screen readers alike. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  return (
    <ol className="csv-import__steps" aria-label={t('csvImport.steps.label')}>
      {steps.map((s) => (
        <li key={s} aria-current={s === current ? 'step' : undefined}>{t(`csvImport.steps.${s}`)}</li>
      ))}
    </ol>
  );
}
