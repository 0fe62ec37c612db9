import { useEffect, useId, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LegalArgument, Party } from '@shared/domain/types';
import { pseudonymise } from '@shared/parties/pseudonym';
import { useUiStore } from '../../store/ui-store';
import type { FilingFormValues } from './filing-form';

type Direction = 'up' | 'down';

/** The arguments that become the legal grounds: tick to include, move to reorder. */
export function ArgumentChoices({ args, parties }: { args: readonly LegalArgument[]; parties: readonly Party[] }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const idPrefix = useId();
  const { control, register } = useFormContext<FilingFormValues>();
  const { fields, move } = useFieldArray({ control, name: 'arguments', keyName: 'key' });
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const byId = new Map(args.map((a) => [a.id, a]));
  // A heading may name a victim: this screen never shows a protected name.
  const headingOf = (id: string) => pseudonymise(byId.get(id)?.heading ?? '', parties);
  const buttonId = (id: string, direction: Direction) => `${idPrefix}-${id}-${direction}`;

  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const same = document.getElementById(buttonId(id, direction)) as HTMLButtonElement | null;
    // At the top or bottom the pressed button is disabled: keep the keyboard on the row.
    (same && !same.disabled ? same : document.getElementById(buttonId(id, direction === 'up' ? 'down' : 'up')))?.focus();
    setFocusAfterMove(null);
  });

  const moveRow = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const id = fields[index]!.id;
    move(index, to);
    setFocusAfterMove({ id, direction });
    announce(t('filing.arguments.moved', { heading: headingOf(id), position: to + 1 }));
  };

  return (
    <fieldset className="filing__group">
      <legend>{t('filing.arguments.legend')}</legend>
      {fields.length === 0 ? <p className="muted">{t('filing.arguments.none')}</p> : (
        <>
          <p className="field__hint">{t('filing.arguments.hint')}</p>
          <ol className="filing__arguments">
            {fields.map((field, index) => {
              const heading = headingOf(field.id);
              return (
                <li key={field.key} className="filing__argument">
                  <label className="checkbox">
                    <input type="checkbox" {...register(`arguments.${index}.isChosen`)} />
                    <span>{heading}</span>
                  </label>
                  <span className="filing__move">
                    <button type="button" id={buttonId(field.id, 'up')} aria-label={t('filing.arguments.moveUp', { heading })}
                      disabled={index === 0} onClick={() => moveRow(index, 'up')}>↑</button>
                    <button type="button" id={buttonId(field.id, 'down')} aria-label={t('filing.arguments.moveDown', { heading })}
                      disabled={index === fields.length - 1} onClick={() => moveRow(index, 'down')}>↓</button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </fieldset>
  );
}
