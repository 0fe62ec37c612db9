import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Authority } from '@shared/domain/types';
import { authorityFormSchema, authorityKinds, blankAuthorityForm, type AuthorityForm } from '@shared/legal/authority-input';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { createAuthority, updateAuthority } from './data/authority-commands';
import { useArgumentMessage } from './use-argument-message';

export type AuthorityDialog = { mode: 'create' } | { mode: 'edit'; authority: Authority } | null;

const formOf = (a: Authority): AuthorityForm => ({
  kind: a.kind, citation: a.citation, title: a.title ?? '', ecli: a.ecli ?? '', court: a.court ?? '', date: a.date ?? '', pinpoint: a.pinpoint, url: a.url,
});

export function AuthorityFormDialog({ caseId, dialog, onClose }: { caseId: string; dialog: AuthorityDialog; onClose(): void }) {
  const { t } = useTranslation();
  const editing = dialog?.mode === 'edit' ? dialog.authority : null;
  return (
    <Dialog title={t(editing ? 'arguments.authorities.editTitle' : 'arguments.authorities.createTitle')} isOpen={dialog !== null} onClose={onClose}>
      {dialog && <AuthorityFormBody key={editing?.id ?? 'new'} caseId={caseId} editing={editing} onDone={onClose} />}
    </Dialog>
  );
}

function AuthorityFormBody({ caseId, editing, onDone }: { caseId: string; editing: Authority | null; onDone(): void }) {
  const { t } = useTranslation();
  const message = useArgumentMessage();
  const announce = useUiStore((s) => s.announce);
  const { register, handleSubmit, formState } = useForm<AuthorityForm>({
    resolver: zodResolver(authorityFormSchema), defaultValues: editing ? formOf(editing) : blankAuthorityForm,
    // Validated on submit, then as the user types: an error appearing on blur would shift the buttons under a click in progress.
    mode: 'onSubmit',
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const ok = editing
      ? await withStorageErrors(() => updateAuthority(db, editing.id, values).then(() => true))
      : await withStorageErrors(() => createAuthority(db, caseId, values).then(() => true));
    if (!ok) return;
    announce(t(editing ? 'arguments.authorities.saved' : 'arguments.authorities.added', { citation: values.citation.trim() }));
    onDone();
  });
  const f = (key: 'kind' | 'citation' | 'title' | 'ecli' | 'court' | 'date' | 'pinpoint' | 'url') => t(`arguments.authorities.fields.${key}`);
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form">
      <SelectField label={f('kind')} {...register('kind')} options={authorityKinds.map((k) => ({ value: k, label: t(`arguments.authorities.kinds.${k}`) }))} />
      <TextField label={f('citation')} hint={t('arguments.authorities.fields.citationHint')} isRequired requiredLabel={t('caseForm.required')}
        error={message(errors.citation)} autoFocus {...register('citation')} />
      <TextField label={f('title')} error={message(errors.title)} {...register('title')} />
      <div className="form-grid">
        <TextField label={f('ecli')} hint={t('arguments.authorities.fields.ecliHint')} error={message(errors.ecli)} {...register('ecli')} />
        <TextField label={f('court')} error={message(errors.court)} {...register('court')} />
        <TextField type="date" label={f('date')} error={message(errors.date)} {...register('date')} />
        <TextField label={f('pinpoint')} error={message(errors.pinpoint)} {...register('pinpoint')} />
      </div>
      <TextField label={f('url')} error={message(errors.url)} {...register('url')} />
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'arguments.authorities.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
