import { useTranslation } from 'react-i18next';

/** The foot of every dialog form: Cancel, then the submit button that says what it does. */
export function FormActions({ submitLabel, isSubmitting, onCancel }: { submitLabel: string; isSubmitting: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <button type="button" onClick={onCancel}>{t('caseForm.cancel')}</button>
      <button type="submit" className="button--primary" disabled={isSubmitting}>{submitLabel}</button>
    </div>
  );
}
