import { useTranslation } from 'react-i18next';
import { useCases } from '../cases/use-cases';
import type { ImportTarget } from './use-archive-import';

/** "Import as a new case" or "Merge into <case>", chosen before the archive is opened. */
export function ImportTargetChoice({ value, onChange }: { value: ImportTarget; onChange(target: ImportTarget): void }) {
  const { t } = useTranslation();
  const cases = useCases('active') ?? [];
  const first = cases[0]?.id;
  return (
    <fieldset className="import-target">
      <legend>{t('archive.merge.target')}</legend>
      <label className="import-target__option">
        <input type="radio" name="import-target" checked={value.mode === 'new'} onChange={() => onChange({ mode: 'new' })} />
        <span><strong>{t('archive.merge.asNew')}</strong><small>{t('archive.merge.asNewHint')}</small></span>
      </label>
      <label className="import-target__option">
        <input type="radio" name="import-target" checked={value.mode === 'merge'} disabled={!first} onChange={() => first && onChange({ mode: 'merge', caseId: first })} />
        <span><strong>{t('archive.merge.intoExisting')}</strong><small>{first ? t('archive.merge.intoExistingHint') : t('archive.merge.noCases')}</small></span>
      </label>
      {value.mode === 'merge' && (
        <label className="field import-target__case">
          <span className="field__label">{t('archive.merge.caseToMerge')}</span>
          <select value={value.caseId} onChange={(e) => onChange({ mode: 'merge', caseId: e.target.value })}>
            {cases.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
          </select>
        </label>
      )}
    </fieldset>
  );
}
