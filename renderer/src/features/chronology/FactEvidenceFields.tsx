import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FactForm } from '@shared/chronology/fact-input';
import { TextField } from '../../ui/TextField';

interface Props {
  control: Control<FactForm>;
  register: UseFormRegister<FactForm>;
  errors: FieldErrors<FactForm>;
}

/**
 * Linked exhibits, typed by number: a register may hold 100,000 items, too
 * many for a list to pick from; the numbers are resolved on save.
 */
export function FactEvidenceFields({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'evidence' });
  return (
    <fieldset className="fact-links">
      <legend>{t('chronology.fields.evidence')}</legend>
      {fields.map((field, index) => {
        const rowErrors = errors.evidence?.[index];
        const message = (key: string | undefined) => (key ? t(key as 'validation.required') : undefined);
        return (
          <div key={field.id} className="fact-links__row">
            <TextField label={t('chronology.fields.exhibitNo')} error={message(rowErrors?.exhibitNo?.message)} {...register(`evidence.${index}.exhibitNo`)} />
            <TextField label={t('chronology.fields.pinpoint')} hint={t('chronology.fields.pinpointHint')} error={message(rowErrors?.pinpoint?.message)}
              {...register(`evidence.${index}.pinpoint`)} />
            <button type="button" className="button--quiet" aria-label={t('chronology.form.removeEvidence', { index: index + 1 })} onClick={() => remove(index)}>×</button>
          </div>
        );
      })}
      <div>
        <button type="button" onClick={() => append({ exhibitNo: '', pinpoint: '' })}>{t('chronology.form.addEvidence')}</button>
      </div>
    </fieldset>
  );
}
