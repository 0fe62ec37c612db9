import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { blankPartyFields, partyFormSchema, partyKinds, partyRoles, type PartyFields } from '@shared/parties/party-input';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { createParty, updateParty } from './data/party-commands';
import { FormActions } from '../../ui/FormActions';

function formFromParty(party: Party): PartyFields {
  const { name, shortName, role, kind, legalEntityName, registeredSeat, contact, notes, isProtected, pseudonym } = party;
  return { name, shortName, role, kind, legalEntityName, registeredSeat, contact, notes, isProtected, pseudonym: pseudonym ?? '' };
}

export function PartyFormBody({ caseId, editing, onDone }: { caseId: string; editing: Party | null; onDone(): void }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const protectedId = useId();
  const { register, handleSubmit, formState, watch, setError } = useForm<PartyFields>({
    resolver: zodResolver(partyFormSchema),
    defaultValues: editing ? formFromParty(editing) : blankPartyFields,
    mode: 'onBlur',
  });
  const err = (field: keyof PartyFields) => {
    const message = formState.errors[field]?.message;
    return message ? t(message as 'validation.required', { pseudonym: watch('pseudonym') }) : undefined;
  };
  const isProtected = watch('isProtected');

  const onSubmit = handleSubmit(async (fields) => {
    const result = await withStorageErrors(() => (editing ? updateParty(db, editing.id, fields) : createParty(db, caseId, fields)));
    if (!result) return;
    if (result.status === 'pseudonym-taken') return setError('pseudonym', { message: 'parties.form.pseudonymTaken' }, { shouldFocus: true });
    const { party } = result;
    if (editing) announce(t('parties.form.saved'));
    else announce(party.isProtected && party.pseudonym ? t('parties.form.addedProtected', { pseudonym: party.pseudonym }) : t('parties.form.added'));
    onDone();
  });

  const options = <T extends string>(values: readonly T[], prefix: 'roles' | 'kinds') =>
    values.map((v) => ({ value: v, label: t(`parties.${prefix}.${v}` as 'parties.roles.victim') }));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form">
      <div className="form-grid">
        <TextField label={t('parties.fields.name')} isRequired requiredLabel={t('caseForm.required')} error={err('name')} autoFocus {...register('name')} />
        <TextField label={t('parties.fields.shortName')} error={err('shortName')} {...register('shortName')} />
        <SelectField label={t('parties.fields.role')} options={options(partyRoles, 'roles')} {...register('role')} />
        <SelectField label={t('parties.fields.kind')} options={options(partyKinds, 'kinds')} {...register('kind')} />
        <TextField label={t('parties.fields.legalEntityName')} hint={t('parties.fields.legalEntityHint')} error={err('legalEntityName')} {...register('legalEntityName')} />
        <TextField label={t('parties.fields.registeredSeat')} hint={t('parties.fields.registeredSeatHint')} error={err('registeredSeat')} {...register('registeredSeat')} />
      </div>
      <fieldset className="protection">
        <div className="checkbox">
          <input id={protectedId} type="checkbox" aria-describedby={`${protectedId}-hint`} {...register('isProtected')} />
          <label htmlFor={protectedId}>{t('parties.fields.isProtected')}</label>
        </div>
        <p id={`${protectedId}-hint`} className="field__hint">{t('parties.fields.protectedHint')}</p>
        {isProtected && (
          <TextField label={t('parties.fields.pseudonym')} hint={t('parties.fields.pseudonymHint')} error={err('pseudonym')} {...register('pseudonym')} />
        )}
      </fieldset>
      <TextAreaField label={t('parties.fields.contact')} error={err('contact')} {...register('contact')} />
      <TextAreaField label={t('parties.fields.notes')} error={err('notes')} {...register('notes')} />
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'parties.form.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
