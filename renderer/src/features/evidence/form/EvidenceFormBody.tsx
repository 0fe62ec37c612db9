import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { evidenceFormSchemaAt, evidenceKinds, evidenceWarnings, sensitivities, type EvidenceForm } from '@shared/evidence/evidence-input';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { registerEvidence } from '../data/evidence-commands';
import { updateEvidence } from '../data/evidence-edits';
import { fieldsFromForm } from '../data/evidence-factory';
import { blankEvidenceForm, formFromItem } from './form-values';
import { FormActions } from '../../../ui/FormActions';

export function EvidenceFormBody({ caseId, editing, onDone }: { caseId: string; editing: EvidenceItem | null; onDone(): void }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const select = useUiStore((s) => s.selectEvidence);
  const schema = useMemo(() => evidenceFormSchemaAt(() => new Date()), []);
  const { register, handleSubmit, formState, watch } = useForm<EvidenceForm>({
    resolver: zodResolver(schema),
    defaultValues: editing ? formFromItem(editing) : blankEvidenceForm(),
    mode: 'onBlur',
  });
  const values = watch();
  const warnings = evidenceWarnings(values, new Date());
  const err = (field: keyof EvidenceForm) => {
    const key = formState.errors[field]?.message;
    return key ? t(key as 'validation.required') : undefined;
  };
  const isWithholding = editing !== null && editing.attachment !== null && values.sensitivity === 'withheld';

  const onSubmit = handleSubmit(async (form) => {
    const fields = fieldsFromForm(form);
    if (editing) {
      const changed = await withStorageErrors(() => updateEvidence(db, editing, fields));
      if (changed === undefined) return;
      announce(t('evidence.form.saved', { exhibit: editing.exhibitNo }));
    } else {
      const outcomes = await withStorageErrors(() => registerEvidence(db, caseId, [{ fields, file: null }]));
      const first = outcomes?.[0];
      if (!first || first.status !== 'registered') return;
      announce(t('evidence.form.registered', { exhibit: first.item.exhibitNo }));
      select(first.item.id);
    }
    onDone();
  });

  const options = <T extends string>(values: readonly T[], prefix: 'kinds' | 'sensitivities') =>
    values.map((v) => ({ value: v, label: t(`evidence.${prefix}.${v}` as 'evidence.kinds.post') }));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form">
      <TextField label={t('evidence.fields.title')} isRequired requiredLabel={t('caseForm.required')} error={err('title')} autoFocus {...register('title')} />
      <div className="form-grid">
        <SelectField label={t('evidence.fields.kind')} options={options(evidenceKinds, 'kinds')} {...register('kind')} />
        <SelectField label={t('evidence.fields.sensitivity')} options={options(sensitivities, 'sensitivities')} {...register('sensitivity')} />
        <TextField label={t('evidence.fields.platform')} error={err('platform')} {...register('platform')} />
        <TextField label={t('evidence.fields.account')} error={err('account')} {...register('account')} />
        <TextField label={t('evidence.fields.sourceUrl')} type="url" inputMode="url" error={err('sourceUrl')} {...register('sourceUrl')} />
        <TextField label={t('evidence.fields.platformContentId')} error={err('platformContentId')} {...register('platformContentId')} />
        <TextField label={t('evidence.fields.publishedAt')} type="datetime-local" error={err('publishedAt')} {...register('publishedAt')} />
        <TextField label={t('evidence.fields.capturedAt')} type="datetime-local" error={err('capturedAt')} {...register('capturedAt')} />
        <TextField label={t('evidence.fields.captureTimeZone')} hint={t('evidence.form.timeZoneHint')} error={err('captureTimeZone')} {...register('captureTimeZone')} />
        <TextField label={t('evidence.fields.capturedBy')} error={err('capturedBy')} {...register('capturedBy')} />
        <TextField label={t('evidence.fields.captureMethod')} error={err('captureMethod')} {...register('captureMethod')} />
        <TextField label={t('evidence.fields.externalReference')} hint={t('evidence.form.externalReferenceHint')} error={err('externalReference')} {...register('externalReference')} />
      </div>
      <TextAreaField label={t('evidence.fields.description')} error={err('description')} {...register('description')} />
      <TextAreaField label={t('evidence.fields.notes')} error={err('notes')} {...register('notes')} />
      {warnings.length > 0 && (
        <ul className="form-warnings" aria-live="polite">
          {warnings.map((w) => <li key={w}>{t(`evidence.warnings.${w}`)}</li>)}
        </ul>
      )}
      {isWithholding && <p className="form-warnings" role="alert">{t('evidence.form.purgeWarning')}</p>}
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'evidence.form.register')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
