import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportForm } from '@shared/experts/report-input';
import { TextField } from '../../ui/TextField';
import { useFormMessage } from './use-form-message';

/** The instructions the expert received, each with the date it was given (PD35 wants the material ones stated). */
export function ReportInstructionFields({ form }: { form: UseFormReturn<ReportForm> }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'instructions' });
  const errors = form.formState.errors.instructions;
  return (
    <fieldset className="fact-links">
      <legend>{t('experts.fields.instructions')}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="report-links__row">
          <TextField type="date" label={t('experts.fields.instructionDate')} error={message(errors?.[index]?.date)}
            {...form.register(`instructions.${index}.date`)} />
          <TextField label={t('experts.fields.instructionText')} error={message(errors?.[index]?.text)}
            {...form.register(`instructions.${index}.text`)} />
          <button type="button" className="button--quiet" aria-label={t('experts.form.removeInstruction', { index: index + 1 })} onClick={() => remove(index)}>×</button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => append({ date: '', text: '' })}>{t('experts.form.addInstruction')}</button>
      </div>
    </fieldset>
  );
}
