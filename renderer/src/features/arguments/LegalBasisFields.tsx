import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Authority } from '@shared/domain/types';
import type { ArgumentForm } from '@shared/legal/argument-input';
import { TextField } from '../../ui/TextField';
import { authorityOptionGroups } from './authority-options';
import { GroupedSelect } from './GroupedSelect';
import { useArgumentMessage } from './use-argument-message';
import { VerificationBadge } from './VerificationBadge';

/** The provisions and authorities the argument rests on, each with its pinpoint. */
export function LegalBasisFields({ form, authorities }: { form: UseFormReturn<ArgumentForm>; authorities: readonly Authority[] }) {
  const { t } = useTranslation();
  const message = useArgumentMessage();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'legalBasis', keyName: 'key' });
  const chosen = form.watch('legalBasis');
  const errors = form.formState.errors.legalBasis;
  const labels = { userAuthorities: t('arguments.groups.userAuthorities'), drafts: t('arguments.groups.drafts') };
  return (
    <fieldset className="fact-links">
      <legend>{t('arguments.fields.legalBasis')}</legend>
      {fields.map((field, index) => (
        <div key={field.key} className="legal-basis-row">
          <GroupedSelect label={t('arguments.fields.authority')} placeholder={t('arguments.fields.chooseAuthority')}
            groups={authorityOptionGroups(authorities, labels, chosen[index]?.authorityId)} error={message(errors?.[index]?.authorityId)}
            {...form.register(`legalBasis.${index}.authorityId`)} />
          <TextField label={t('arguments.fields.pinpoint')} hint={t('arguments.fields.pinpointHint')} error={message(errors?.[index]?.pinpoint)}
            {...form.register(`legalBasis.${index}.pinpoint`)} />
          <button type="button" className="button--quiet" aria-label={t('arguments.form.removeBasis', { index: index + 1 })} onClick={() => remove(index)}>×</button>
          <div className="legal-basis-row__badges"><VerificationBadge authorityId={chosen[index]?.authorityId ?? ''} hasNote={false} /></div>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => append({ authorityId: '', pinpoint: '' })}>{t('arguments.form.addBasis')}</button>
      </div>
    </fieldset>
  );
}
