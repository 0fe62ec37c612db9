import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportForm } from '@shared/experts/report-input';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { FindingEvidenceFields } from './FindingEvidenceFields';
import { useFormMessage } from './use-form-message';

/** The findings in the report's order: added, edited, removed and moved; each names what it rests on. */
export function ReportFindingFields({ form }: { form: UseFormReturn<ReportForm> }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'findings', keyName: 'key' });
  const errors = form.formState.errors.findings;
  return (
    <fieldset className="fact-links">
      <legend>{t('experts.fields.findings')}</legend>
      <ol className="finding-list">
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.key}>
              <fieldset className="finding">
                <legend>{t('experts.form.findingHeading', { index: n })}</legend>
                <div className="finding__tools">
                  <button type="button" aria-label={t('experts.form.moveUp', { index: n })} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
                  <button type="button" aria-label={t('experts.form.moveDown', { index: n })} disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}>↓</button>
                  <button type="button" aria-label={t('experts.form.removeFinding', { index: n })} onClick={() => remove(index)}>×</button>
                </div>
                <TextAreaField label={t('experts.fields.findingText')} error={message(errors?.[index]?.text)} {...form.register(`findings.${index}.text`)} />
                <FindingEvidenceFields form={form} findingIndex={index} />
                <TextField label={t('experts.fields.facts')} hint={t('experts.fields.factsHint')} error={message(errors?.[index]?.facts)}
                  {...form.register(`findings.${index}.facts`)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" onClick={() => append({ id: '', text: '', evidence: [], facts: '' })}>{t('experts.form.addFinding')}</button>
      </div>
    </fieldset>
  );
}
