import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ArgumentForm, ElementSupport } from '@shared/legal/argument-input';
import { TextField } from '../../ui/TextField';
import { GroupedSelect } from './GroupedSelect';
import { supportLabel, supportOptionGroups } from './support-options';
import type { ArgumentsData } from './use-arguments';

/** The facts, exhibits (with pinpoints) and expert findings one element rests on; none means "unsupported". */
export function ElementSupportFields({ form, elementIndex, data }: { form: UseFormReturn<ArgumentForm>; elementIndex: number; data: ArgumentsData }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `elements.${elementIndex}.supports`, keyName: 'key' });
  const [choice, setChoice] = useState('');
  const taken = new Set(fields.map((f) => `${f.kind}:${f.id}`));
  const groups = supportOptionGroups(data, t).map((g) => ({ ...g, options: g.options.filter((o) => !taken.has(o.value)) })).filter((g) => g.options.length > 0);
  const add = () => {
    const [kind, id] = choice.split(':') as [ElementSupport['kind'], string];
    if (!id) return;
    append({ kind, id, pinpoint: '' });
    setChoice('');
  };
  return (
    <div className="finding__evidence" role="group" aria-label={t('arguments.fields.support')}>
      <span className="finding__label">{t('arguments.fields.support')}</span>
      <ul className="support-list">
        {fields.map((field, index) => {
          const label = supportLabel(field, data, t);
          return (
            <li key={field.key} className={label.isBroken ? 'support-item support-item--broken' : 'support-item'}>
              <span>{field.kind === 'evidence' ? data.exhibits.find((e) => e.id === field.id)?.exhibitNo ?? label.text : label.text}</span>
              {field.kind === 'evidence' && (
                <TextField label={t('arguments.fields.pinpoint')} {...form.register(`elements.${elementIndex}.supports.${index}.pinpoint`)} />
              )}
              <button type="button" className="button--quiet" onClick={() => remove(index)}
                aria-label={t('arguments.form.removeSupport', { label: label.text, index: elementIndex + 1 })}>×</button>
            </li>
          );
        })}
      </ul>
      <div className="support-add">
        <GroupedSelect label={t('arguments.fields.supportChoice')} placeholder={t('arguments.fields.chooseSupport')} groups={groups}
          value={choice} onChange={(e) => setChoice(e.target.value)} />
        <button type="button" onClick={add} disabled={!choice}>{t('arguments.fields.addSupport')}</button>
      </div>
    </div>
  );
}
