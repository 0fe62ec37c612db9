import { useTranslation } from 'react-i18next';
import { SECTION_IDS, type BundleOptions, type SectionId } from '@shared/bundle/snapshot';
import { ExhibitOrderList } from './ExhibitOrderList';

type ExhibitOrder = NonNullable<BundleOptions['exhibitOrder']>;

/** The choices of a bundle export, as a lawyer sets them. */
export function ExportOptionsForm({ caseId, options, onChange }: { caseId: string; options: BundleOptions; onChange(next: BundleOptions): void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<BundleOptions>) => onChange({ ...options, ...patch });
  const sections = options.sections ?? [...SECTION_IDS];
  const toggleSection = (id: SectionId, on: boolean) =>
    set({ sections: SECTION_IDS.filter((s) => (s === id ? on : sections.includes(s))) });
  const order: ExhibitOrder = options.exhibitOrder ?? 'number';
  // A selection made in the custom list is kept in the form when the order changes, but builds use it only under 'custom'.
  const setOrder = (next: ExhibitOrder) => set({ exhibitOrder: next });
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
      <fieldset className="export-form__exhibits">
        <legend>{t('export.exhibits.label')}</legend>
        <label>
          {t('export.exhibits.order')}
          <select value={order} onChange={(e) => setOrder(e.target.value as ExhibitOrder)}>
            {(['number', 'date', 'custom'] as const).map((o) => <option key={o} value={o}>{t(`export.exhibits.${o}`)}</option>)}
          </select>
        </label>
        {order === 'custom' && (
          <ExhibitOrderList caseId={caseId} order={options.evidenceIds ?? null} onChange={(ids) => set({ evidenceIds: ids })} />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('export.cover.label')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={options.includeRestricted ?? false} onChange={(e) => set({ includeRestricted: e.target.checked })} />
          {t('export.cover.includeRestricted')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={options.includeNotes ?? options.profile === 'internal'} onChange={(e) => set({ includeNotes: e.target.checked })} />
          {t('export.cover.includeNotes')}
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
