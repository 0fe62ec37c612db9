import { useTranslation } from 'react-i18next';
import { SECTION_IDS, type BundleOptions, type SectionId } from '@shared/bundle/snapshot';

/** The choices of a bundle export, as a lawyer sets them. */
export function ExportOptionsForm({ options, onChange }: { options: BundleOptions; onChange(next: BundleOptions): void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<BundleOptions>) => onChange({ ...options, ...patch });
  const sections = options.sections ?? [...SECTION_IDS];
  const toggleSection = (id: SectionId, on: boolean) =>
    set({ sections: SECTION_IDS.filter((s) => (s === id ? on : sections.includes(s))) });
  return (
    <div className="export-form">
      <fieldset>
        <legend>{t('export.profile.label')}</legend>
        {(['internal', 'filing'] as const).map((p) => (
          <label key={p} className="export-form__choice">
            <input type="radio" name="profile" checked={options.profile === p}
              onChange={() => set({ profile: p, includeNotes: p === 'internal' })} />
            <span><strong>{t(`export.profile.${p}`)}</strong> — {t(`export.profile.${p}Hint`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.numbering.label')}</legend>
        <select aria-label={t('export.numbering.label')} value={options.numbering} onChange={(e) => set({ numbering: e.target.value as BundleOptions['numbering'] })}>
          {(['consecutive', 'section', 'bates'] as const).map((n) => <option key={n} value={n}>{t(`export.numbering.${n}`)}</option>)}
        </select>
        {options.numbering === 'bates' && (
          <label>
            {t('export.numbering.prefix')}
            <input value={options.batesPrefix ?? ''} maxLength={12} onChange={(e) => set({ batesPrefix: e.target.value.toUpperCase() })} />
          </label>
        )}
        {options.numbering !== 'section' && (
          <label>
            {t('export.numbering.start')}
            <input type="number" min={1} value={options.startNumber ?? 1} onChange={(e) => set({ startNumber: Math.max(1, Number(e.target.value) || 1) })} />
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('export.sections.label')}</legend>
        <div className="export-form__sections">
          {SECTION_IDS.map((id) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={sections.includes(id)} onChange={(e) => toggleSection(id, e.target.checked)} />
              {id} · {t(`export.sections.${id}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('export.cover.label')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={options.includeRestricted ?? false} onChange={(e) => set({ includeRestricted: e.target.checked })} />
          {t('export.cover.includeRestricted')}
        </label>
        <label>
          {t('export.cover.legend')}
          <input value={options.confidentialityLegend ?? ''} maxLength={200} onChange={(e) => set({ confidentialityLegend: e.target.value })} />
        </label>
        <label>
          {t('export.cover.preparedBy')}
          <input value={options.preparedBy ?? ''} maxLength={200} onChange={(e) => set({ preparedBy: e.target.value })} />
        </label>
        <label>
          {t('export.cover.date')}
          <input type="date" value={options.bundleDate ?? ''} onChange={(e) => set({ bundleDate: e.target.value || undefined })} />
        </label>
      </fieldset>
    </div>
  );
}
