import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { partyLabel } from '@shared/parties/pseudonym';

interface Props {
  parties: readonly Party[];
  value: readonly string[];
  onChange(partyIds: string[]): void;
}

/** Parties linked to the fact; a protected party appears by its pseudonym only (its name stays on the party screen). */
export function FactPartyFields({ parties, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (partyId: string, isOn: boolean) => onChange(isOn ? [...value, partyId] : value.filter((v) => v !== partyId));
  return (
    <fieldset className="fact-links">
      <legend>{t('chronology.fields.parties')}</legend>
      {parties.length === 0 && <p className="field__hint">{t('chronology.fields.noParties')}</p>}
      <div className="fact-parties">
        {parties.map((p) => (
          <div key={p.id} className="checkbox">
            <input id={`${id}-${p.id}`} type="checkbox" checked={value.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
            <label htmlFor={`${id}-${p.id}`}>{partyLabel(p)} <span className="muted">· {t(`parties.roles.${p.role}`)}</span></label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
