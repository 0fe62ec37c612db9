import { useTranslation } from 'react-i18next';
import { choiceFor, optionsFor, type MergeChoices, type RowChoice } from '@shared/archive/merge/merge-choices';
import type { MergeNote, MergeRowPreview } from '@shared/archive/merge/merge-preview-types';
import type { mergeEn } from '../locales/merge-en';
import { FieldDiffTable } from './FieldDiffTable';

type NoteKey = keyof typeof mergeEn.notes;

function noteKey(note: MergeNote): NoteKey {
  return note.type === 'exhibit-renumbered' && note.takenBy === null ? 'exhibit-renumbered-outside' : note.type;
}

/** One row of the archive: its status, what the merge settles by rule, the field diff, and the choice for it. */
export function MergeRowItem({ row, choices, names, onChoose }: { row: MergeRowPreview; choices: MergeChoices; names: ReadonlyMap<string, string>; onChoose(key: string, choice: RowChoice): void }) {
  const { t } = useTranslation();
  const chosen = choiceFor(row, choices);
  const d = row.decision;
  const decision = !d ? null
    : d.type === 'archived-and-edited' ? t(d.archivedOn === 'ours' ? 'archive.merge.decisions.archived-and-edited-ours' : 'archive.merge.decisions.archived-and-edited-theirs')
      : d.type === 'same-file-as' ? t('archive.merge.decisions.same-file-as', { exhibit: d.exhibit })
        : t('archive.merge.decisions.file-registered-as-other-exhibit', { exhibit: d.exhibit });
  return (
    <li className={`merge-row merge-row--${row.status}${decision && !chosen ? ' merge-row--undecided' : ''}`}>
      <div className="merge-row__head">
        <span className={`merge-badge merge-badge--${row.status}`}>{t(`archive.merge.status.${row.status}`)}</span>
        <span className="merge-row__label">{row.label}</span>
        {optionsFor(row).length > 0 && (
          <fieldset className="merge-choice">
            <legend className="visually-hidden">{t('archive.merge.choice', { label: row.label })}</legend>
            {optionsFor(row).map((option) => (
              <label key={option} className={chosen === option ? 'merge-choice__option merge-choice__option--on' : 'merge-choice__option'}>
                <input type="radio" name={`merge-${row.key}`} value={option} checked={chosen === option} onChange={() => onChoose(row.key, option)} />
                {t(`archive.merge.choices.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {decision && <p className="merge-row__decision">{decision}</p>}
      {row.notes.map((note, i) => <p key={i} className="merge-row__note">{t(`archive.merge.notes.${noteKey(note)}`, { ...note })}</p>)}
      {row.fields.length > 0 && <FieldDiffTable fields={row.fields} names={names} label={row.label} />}
    </li>
  );
}
