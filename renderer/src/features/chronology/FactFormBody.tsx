import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Fact, Party } from '@shared/domain/types';
import { factFormSchema, factStatuses, fuzzyDateFromForm, materialities, type FactForm } from '@shared/chronology/fact-input';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { createFact, resolveExhibits, updateFact } from './data/fact-commands';
import { FactDateFields } from './FactDateFields';
import { FactEvidenceFields } from './FactEvidenceFields';
import { FactPartyFields } from './FactPartyFields';
import { FormActions } from '../../ui/FormActions';

interface Props {
  caseId: string;
  editing: Fact | null;
  initial: FactForm;
  parties: readonly Party[];
  onDone(): void;
}

export function FactFormBody({ caseId, editing, initial, parties, onDone }: Props) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const materialityId = useId();
  const { register, handleSubmit, formState, watch, control, setError } = useForm<FactForm>({
    resolver: zodResolver(factFormSchema),
    defaultValues: initial,
    mode: 'onBlur',
  });
  const textError = formState.errors.text?.message;
  const linkable = parties.filter((p) => p.archivedAt === null || initial.partyIds.includes(p.id));

  const onSubmit = handleSubmit(async (form) => {
    const date = fuzzyDateFromForm(form);
    if (!date) return; // the schema has already said which input is wrong
    const resolved = await withStorageErrors(() => resolveExhibits(db, caseId, form.evidence));
    if (!resolved) return;
    if (resolved.unknown.length > 0) {
      resolved.unknown.forEach((index, i) =>
        setError(`evidence.${index}.exhibitNo`, { message: 'chronology.form.unknownExhibit' }, { shouldFocus: i === 0 }));
      return;
    }
    const fields = { date, text: form.text, status: form.status, materiality: form.materiality, evidence: resolved.evidence, partyIds: form.partyIds };
    if (editing) {
      const changed = await withStorageErrors(() => updateFact(db, editing.id, fields));
      if (changed === undefined) return;
      announce(t('chronology.form.saved', { number: editing.number }));
    } else {
      const fact = await withStorageErrors(() => createFact(db, caseId, fields));
      if (!fact) return;
      announce(t('chronology.form.added', { number: fact.number }));
    }
    onDone();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form">
      <FactDateFields precision={watch('precision')} register={register} errors={formState.errors} />
      <TextAreaField label={t('chronology.fields.text')} error={textError ? t(textError as 'validation.required') : undefined} autoFocus {...register('text')} />
      <div className="form-grid">
        <SelectField label={t('chronology.fields.status')}
          options={factStatuses.map((s) => ({ value: s, label: t(`chronology.statuses.${s}`) }))} {...register('status')} />
        <fieldset className="radio-row" aria-labelledby={materialityId}>
          <legend id={materialityId}>{t('chronology.fields.materiality')}</legend>
          {materialities.map((m) => (
            <label key={m}><input type="radio" value={m} {...register('materiality')} /> {t(`chronology.materialities.${m}`)}</label>
          ))}
        </fieldset>
      </div>
      <FactEvidenceFields control={control} register={register} errors={formState.errors} />
      <Controller control={control} name="partyIds"
        render={({ field }) => <FactPartyFields parties={linkable} value={field.value} onChange={field.onChange} />} />
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'chronology.form.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
