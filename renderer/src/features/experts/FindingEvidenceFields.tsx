import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportForm } from '@shared/experts/report-input';
import { TextField } from '../../ui/TextField';
import { useFormMessage } from './use-form-message';

/**
 * The exhibits one finding rests on, typed by number as in the chronology:
 * a register may hold too many items to pick from a list; numbers are resolved on save.
 */
export function FindingEvidenceFields({ form, findingIndex }: { form: UseFormReturn<ReportForm>; findingIndex: number }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `findings.${findingIndex}.evidence` });
  const errors = form.formState.errors.findings?.[findingIndex]?.evidence;
  return (
    <div className="finding__evidence" role="group" aria-label={t('experts.fields.evidence')}>
      <span className="finding__label">{t('experts.fields.evidence')}</span>
      {fields.map((field, index) => (
        <div key={field.id} className="fact-links__row">
          <TextField label={t('experts.fields.exhibitNo')} error={message(errors?.[index]?.exhibitNo)}
            {...form.register(`findings.${findingIndex}.evidence.${index}.exhibitNo`)} />
          <TextField label={t('experts.fields.pinpoint')} hint={t('chronology.fields.pinpointHint')} error={message(errors?.[index]?.pinpoint)}
            {...form.register(`findings.${findingIndex}.evidence.${index}.pinpoint`)} />
          <button type="button" className="button--quiet" onClick={() => remove(index)}
            aria-label={t('experts.form.removeEvidence', { index: index + 1, finding: findingIndex + 1 })}>×</button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => append({ exhibitNo: '', pinpoint: '' })}>{t('experts.form.addEvidence')}</button>
      </div>
    </div>
  );
}
