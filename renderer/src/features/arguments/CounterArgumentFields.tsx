import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ArgumentForm } from '@shared/legal/argument-input';
import { TextAreaField } from '../../ui/TextAreaField';
import { useArgumentMessage } from './use-argument-message';

/** What the other side will say, and our answer to each. */
export function CounterArgumentFields({ form }: { form: UseFormReturn<ArgumentForm> }) {
  const { t } = useTranslation();
  const message = useArgumentMessage();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'counterArguments', keyName: 'key' });
  const errors = form.formState.errors.counterArguments;
  return (
    <fieldset className="fact-links">
      <legend>{t('arguments.fields.counterArguments')}</legend>
      <ol className="finding-list">
        {fields.map((field, index) => (
          <li key={field.key}>
            <fieldset className="finding">
              <legend>{t('arguments.form.counterHeading', { index: index + 1 })}</legend>
              <div className="finding__tools">
                <button type="button" aria-label={t('arguments.form.removeCounter', { index: index + 1 })} onClick={() => remove(index)}>×</button>
              </div>
              <TextAreaField label={t('arguments.fields.counterText')} error={message(errors?.[index]?.text)} {...form.register(`counterArguments.${index}.text`)} />
              <TextAreaField label={t('arguments.fields.reply')} error={message(errors?.[index]?.reply)} {...form.register(`counterArguments.${index}.reply`)} />
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" onClick={() => append({ id: '', text: '', reply: '' })}>{t('arguments.form.addCounter')}</button>
      </div>
    </fieldset>
  );
}
