import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FilingFormValues } from './filing-form';

/** What the court accepts in a document. Links are off unless the lawyer knows the court takes them. */
export function CourtProfileFields() {
  const { t } = useTranslation();
  const hintId = useId();
  const { register } = useFormContext<FilingFormValues>();
  return (
    <fieldset className="filing__group">
      <legend>{t('filing.court.legend')}</legend>
      <label className="checkbox">
        <input type="checkbox" aria-describedby={hintId} {...register('allowLinks')} />
        {t('filing.court.allowLinks')}
      </label>
      <p id={hintId} className="field__hint">{t('filing.court.allowLinksHint')}</p>
    </fieldset>
  );
}
