import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { elementStatuses, type ArgumentForm } from '@shared/legal/argument-input';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { ElementSupportFields } from './ElementSupportFields';
import { useArgumentMessage } from './use-argument-message';
import type { ArgumentsData } from './use-arguments';

/** The elements to be shown, in order, each with what supports it. */
export function ElementFields({ form, data }: { form: UseFormReturn<ArgumentForm>; data: ArgumentsData }) {
  const { t } = useTranslation();
  const message = useArgumentMessage();
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'elements', keyName: 'key' });
  const errors = form.formState.errors.elements;
  return (
    <fieldset className="fact-links">
      <legend>{t('arguments.fields.elements')}</legend>
      <ol className="finding-list">
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.key}>
              <fieldset className="finding">
                <legend>{t('arguments.form.elementHeading', { index: n })}</legend>
                <div className="finding__tools">
                  <button type="button" aria-label={t('arguments.form.moveElementUp', { index: n })} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
                  <button type="button" aria-label={t('arguments.form.moveElementDown', { index: n })} disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}>↓</button>
                  <button type="button" aria-label={t('arguments.form.removeElement', { index: n })} onClick={() => remove(index)}>×</button>
                </div>
                <TextAreaField label={t('arguments.fields.elementText')} error={message(errors?.[index]?.text)} {...form.register(`elements.${index}.text`)} />
                <SelectField label={t('arguments.fields.status')} {...form.register(`elements.${index}.status`)}
                  options={elementStatuses.map((s) => ({ value: s, label: t(`arguments.statuses.${s}`) }))} />
                <ElementSupportFields form={form} elementIndex={index} data={data} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" onClick={() => append({ id: '', text: '', status: 'open', supports: [] })}>{t('arguments.form.addElement')}</button>
      </div>
    </fieldset>
  );
}
