import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LegalArgument } from '@shared/domain/types';
import { argumentFormSchema, argumentTheories, fieldsFromForm, type ArgumentForm } from '@shared/legal/argument-input';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { createArgument, updateArgument } from './data/argument-commands';
import { CounterArgumentFields } from './CounterArgumentFields';
import { ElementFields } from './ElementFields';
import { LegalBasisFields } from './LegalBasisFields';
import { useArgumentMessage } from './use-argument-message';
import type { ArgumentsData } from './use-arguments';

interface Props {
  caseId: string;
  editing: LegalArgument | null;
  initial: ArgumentForm;
  data: ArgumentsData;
  onDone(): void;
  onCreated(id: string): void;
}

export function ArgumentFormBody({ caseId, editing, initial, data, onDone, onCreated }: Props) {
  const { t } = useTranslation();
  const message = useArgumentMessage();
  const announce = useUiStore((s) => s.announce);
  const form = useForm<ArgumentForm>({ resolver: zodResolver(argumentFormSchema), defaultValues: initial, mode: 'onSubmit' });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    const fields = fieldsFromForm(values);
    if (editing) {
      const changed = await withStorageErrors(() => updateArgument(db, editing.id, fields));
      if (changed === undefined) return;
      announce(t('arguments.form.saved', { heading: fields.heading }));
    } else {
      const created = await withStorageErrors(() => createArgument(db, caseId, fields));
      if (!created) return;
      onCreated(created.id);
      announce(t('arguments.form.added', { heading: created.heading }));
    }
    onDone();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form argument-form">
      <TextField label={t('arguments.fields.heading')} isRequired requiredLabel={t('caseForm.required')} error={message(formState.errors.heading)}
        autoFocus {...register('heading')} />
      <SelectField label={t('arguments.fields.theory')} {...register('theory')}
        options={argumentTheories.map((v) => ({ value: v, label: t(`arguments.theories.${v}`) }))} />
      <LegalBasisFields form={form} authorities={data.authorities} />
      <ElementFields form={form} data={data} />
      <CounterArgumentFields form={form} />
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'arguments.form.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
