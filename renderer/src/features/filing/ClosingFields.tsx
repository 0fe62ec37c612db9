import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import type { FilingFormValues } from './filing-form';
import { useFieldError } from './use-field-error';

/** Where and when the filing is signed, and by whom. */
export function ClosingFields() {
  const { t } = useTranslation();
  const { register, formState: { errors } } = useFormContext<FilingFormValues>();
  const errorOf = useFieldError();
  return (
    <fieldset className="filing__group">
      <legend>{t('filing.closing.legend')}</legend>
      <div className="filing__row">
        <TextField label={t('filing.closing.place')} error={errorOf(errors.place)} autoComplete="off" {...register('place')} />
        <TextField label={t('filing.closing.date')} type="date" error={errorOf(errors.date)} {...register('date')} />
      </div>
      <div className="filing__row">
        <TextField label={t('filing.closing.name')} error={errorOf(errors.signature?.name)} autoComplete="off" {...register('signature.name')} />
        <TextField label={t('filing.closing.role')} error={errorOf(errors.signature?.role)} autoComplete="off" {...register('signature.role')} />
      </div>
      <div className="filing__row">
        <TextField label={t('filing.closing.barNumber')} error={errorOf(errors.signature?.barNumber)} autoComplete="off" {...register('signature.barNumber')} />
        <TextField label={t('filing.closing.firm')} error={errorOf(errors.signature?.firm)} autoComplete="off" {...register('signature.firm')} />
      </div>
    </fieldset>
  );
}
