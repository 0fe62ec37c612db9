import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FILING_KINDS } from '@shared/filing';
import { filingTitle } from '@shared/filing';
import { supportedLocales } from '../../i18n/i18n';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { FilingFormValues } from './filing-form';
import { useFieldError } from './use-field-error';

/** What is filed, in which language, before which court and under which reference. */
export function DocumentFields() {
  const { t } = useTranslation();
  const { register, control, formState: { errors } } = useFormContext<FilingFormValues>();
  const errorOf = useFieldError();
  const [kind, language] = useWatch({ control, name: ['kind', 'language'] });
  const defaultTitle = filingTitle({ title: '', kind, language });
  return (
    <fieldset className="filing__group">
      <legend>{t('filing.document.legend')}</legend>
      <div className="filing__row">
        <SelectField label={t('filing.document.kind')} {...register('kind')}
          options={FILING_KINDS.map((k) => ({ value: k, label: t(`filing.kinds.${k}`) }))} />
        <SelectField label={t('filing.document.language')} {...register('language')}
          options={supportedLocales.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
      </div>
      <TextField label={t('filing.document.title')} placeholder={defaultTitle} hint={t('filing.document.titleHint', { title: defaultTitle })}
        error={errorOf(errors.title)} autoComplete="off" {...register('title')} />
      <div className="filing__row">
        <TextField label={t('filing.document.court')} error={errorOf(errors.court)} autoComplete="off" {...register('court')} />
        <TextField label={t('filing.document.reference')} error={errorOf(errors.reference)} autoComplete="off" {...register('reference')} />
      </div>
    </fieldset>
  );
}
