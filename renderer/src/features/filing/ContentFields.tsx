import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../ui/TextAreaField';
import type { FilingFormValues } from './filing-form';
import { useFieldError } from './use-field-error';

/** The lawyer's own words around the grounds, and what the document includes. */
export function ContentFields() {
  const { t } = useTranslation();
  const { register, formState: { errors } } = useFormContext<FilingFormValues>();
  const errorOf = useFieldError();
  return (
    <fieldset className="filing__group">
      <legend>{t('filing.content.legend')}</legend>
      <p className="field__hint">{t('filing.content.paragraphsHint')}</p>
      <TextAreaField label={t('filing.content.introduction')} rows={4} error={errorOf(errors.introduction)} {...register('introduction')} />
      <TextAreaField label={t('filing.content.relief')} rows={4} error={errorOf(errors.relief)} {...register('relief')} />
      <fieldset className="radio-row">
        <legend>{t('filing.content.citations')}</legend>
        {(['footnotes', 'inline'] as const).map((style) => (
          <label key={style} className="checkbox">
            <input type="radio" value={style} {...register('citationStyle')} />
            {t(`filing.content.${style}`)}
          </label>
        ))}
      </fieldset>
      {(['includeFacts', 'includeLegalBasis', 'includeTableOfAuthorities'] as const).map((name) => (
        <label key={name} className="checkbox">
          <input type="checkbox" {...register(name)} />
          {t(`filing.content.${name}`)}
        </label>
      ))}
    </fieldset>
  );
}
