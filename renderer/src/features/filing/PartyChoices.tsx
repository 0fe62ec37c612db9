import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { partyLabel } from '@shared/parties/pseudonym';
import type { FilingFormValues } from './filing-form';

/**
 * The parties the heading names, in heading order. A protected party is
 * shown only by its pseudonym, here as in the filing.
 */
export function PartyChoices({ parties }: { parties: readonly Party[] }) {
  const { t } = useTranslation();
  const { control } = useFormContext<FilingFormValues>();
  const { field } = useController({ control, name: 'partyIds' });
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(field.value);
    if (on) chosen.add(id);
    else chosen.delete(id);
    // Kept in the order the parties are listed: that is the heading's order.
    field.onChange(parties.filter((p) => chosen.has(p.id)).map((p) => p.id));
  };
  return (
    <fieldset className="filing__group">
      <legend>{t('filing.parties.legend')}</legend>
      {parties.length === 0 ? <p className="muted">{t('filing.parties.none')}</p> : (
        <ul className="filing__choices">
          {parties.map((p) => (
            <li key={p.id}>
              <label className="checkbox">
                <input type="checkbox" checked={field.value.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} onBlur={field.onBlur} />
                <span>
                  {partyLabel(p)} <span className="muted">· {t(`parties.roles.${p.role}`)}</span>
                  {p.isProtected && <span className="protected-badge filing__protected">{t('filing.parties.protectedHint', { pseudonym: partyLabel(p) })}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
