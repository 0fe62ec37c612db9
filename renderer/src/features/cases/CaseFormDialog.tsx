import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { caseInputSchema, emptyCaseInput, type CaseInput } from '@shared/domain/case-input';
import type { Case } from '@shared/domain/types';
import { withStorageErrors } from '../../db/report-storage-errors';
import { currentLocale } from '../../i18n/i18n';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { cases } from './commands';
import { useCase } from './use-cases';
import { FormActions } from '../../ui/FormActions';

function toInput(c: Case): CaseInput {
  return {
    title: c.title, shortName: c.shortName, reference: c.reference, court: c.court,
    jurisdiction: c.jurisdiction, hearingDate: c.hearingDate ?? '',
  };
}

/** Create a case, or edit an existing one's details. */
export function CaseFormDialog() {
  const dialog = useUiStore((s) => s.caseDialog);
  const close = useUiStore((s) => s.closeCaseDialog);
  const { t } = useTranslation();
  const editing = useCase(dialog?.mode === 'edit' ? dialog.caseId : '');
  const isEdit = dialog?.mode === 'edit';
  if (isEdit && !editing) return null; // still loading the case to edit
  return (
    <Dialog title={t(isEdit ? 'caseForm.editTitle' : 'caseForm.createTitle')} isOpen={dialog !== null} onClose={close}>
      {dialog && <CaseForm key={isEdit ? editing!.id : 'new'} editing={isEdit ? editing! : null} onDone={close} />}
    </Dialog>
  );
}

function CaseForm({ editing, onDone }: { editing: Case | null; onDone(): void }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const [, navigate] = useLocation();
  const { register, handleSubmit, formState } = useForm<CaseInput>({
    resolver: zodResolver(caseInputSchema),
    defaultValues: editing ? toInput(editing) : emptyCaseInput,
  });
  const errorOf = (field: keyof CaseInput) => {
    const key = formState.errors[field]?.message;
    return key ? t(key as 'validation.required') : undefined;
  };

  const onSubmit = handleSubmit(async (input) => {
    if (editing) {
      const ok = await withStorageErrors(() => cases.update(editing.id, input).then(() => true));
      if (!ok) return;
      announce(t('cases.saved', { title: input.title.trim() }));
      onDone();
      return;
    }
    const created = await withStorageErrors(() => cases.create(input, currentLocale()));
    if (!created) return;
    announce(t('cases.created', { title: created.title }));
    onDone();
    navigate(`/cases/${created.id}/evidence`);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="case-form">
      <TextField label={t('caseForm.title')} hint={t('caseForm.titleHint')} isRequired requiredLabel={t('caseForm.required')}
        error={errorOf('title')} autoFocus autoComplete="off" {...register('title')} />
      <div className="case-form__row">
        <TextField label={t('caseForm.shortName')} error={errorOf('shortName')} autoComplete="off" {...register('shortName')} />
        <TextField label={t('caseForm.reference')} error={errorOf('reference')} autoComplete="off" {...register('reference')} />
      </div>
      <TextField label={t('caseForm.court')} error={errorOf('court')} autoComplete="off" {...register('court')} />
      <div className="case-form__row">
        <TextField label={t('caseForm.jurisdiction')} error={errorOf('jurisdiction')} autoComplete="off" {...register('jurisdiction')} />
        <TextField label={t('caseForm.hearingDate')} type="date" error={errorOf('hearingDate')} {...register('hearingDate')} />
      </div>
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'caseForm.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
