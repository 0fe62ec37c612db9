import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind, ReviewStatus, Sensitivity } from '@shared/domain/types';
import type { RegisterRow } from '@shared/review/register-row';
import { evidenceKinds, sensitivities } from '@shared/evidence/evidence-input';
import type { TagMode } from '@shared/review/filter';
import { useUiStore } from '../../store/ui-store';
import { filterChips } from './filter-chips';
import { useTagsInContext } from './use-case-tags';

const reviewStatuses: ReviewStatus[] = ['unreviewed', 'first-pass', 'second-pass'];
const add = <T,>(list: readonly T[] | undefined, value: T) => [...new Set([...(list ?? []), value])];

/** Narrow the register: each choice becomes a removable chip; the count updates as you go. */
export function FilterBar({ loaded }: { loaded: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const id = useId();
  const caseTags = useTagsInContext();
  const filter = useUiStore((s) => s.filter);
  const setFilter = useUiStore((s) => s.setFilter);
  const platforms = [...new Set(loaded.map((e) => e.platform).filter(Boolean))].sort();
  const chips = filterChips(filter, t, caseTags);
  const mode = filter.tags?.mode ?? 'any';

  return (
    <div className="filter-bar" role="search" aria-label={t('review.filter.label')}>
      <div className="filter-bar__controls">
        <label htmlFor={`${id}-mode`}>{t('review.filter.tags')}</label>
        <select id={`${id}-mode`} value={mode} aria-label={t('review.filter.tagModeLabel')}
          onChange={(e) => setFilter({ ...filter, tags: { mode: e.target.value as TagMode, tagIds: filter.tags?.tagIds ?? [] } })}>
          {(['any', 'all', 'none'] as const).map((m) => <option key={m} value={m}>{t(`review.filter.tagMode.${m}`)}</option>)}
        </select>
        <select value="" aria-label={t('review.filter.addTag')}
          onChange={(e) => e.target.value && setFilter({ ...filter, tags: { mode, tagIds: add(filter.tags?.tagIds, e.target.value) } })}>
          <option value="">{t('review.filter.addTag')}</option>
          {caseTags?.groups.map((g) => (
            <optgroup key={g.id} label={g.name}>
              {caseTags.tags.filter((tag) => tag.groupId === g.id).map((tag) => <option key={tag.id} value={tag.id}>{tag.name}</option>)}
            </optgroup>
          ))}
        </select>
        <FacetSelect label={t('evidence.fields.platform')} values={platforms} text={(p) => p} onPick={(p) => setFilter({ ...filter, platforms: add(filter.platforms, p) })} />
        <FacetSelect label={t('evidence.fields.kind')} values={evidenceKinds} text={(k) => t(`evidence.kinds.${k}`)} onPick={(k: EvidenceKind) => setFilter({ ...filter, kinds: add(filter.kinds, k) })} />
        <FacetSelect label={t('evidence.fields.sensitivity')} values={sensitivities} text={(s) => t(`evidence.sensitivities.${s}`)} onPick={(s: Sensitivity) => setFilter({ ...filter, sensitivities: add(filter.sensitivities, s) })} />
        <FacetSelect label={t('evidence.columns.reviewStatus')} values={reviewStatuses} text={(r) => t(`evidence.reviewStatuses.${r}`)} onPick={(r) => setFilter({ ...filter, reviewStatuses: add(filter.reviewStatuses, r) })} />
        <FacetSelect label={t('review.filter.file')} values={['yes', 'no']} text={(v) => t(v === 'yes' ? 'review.filter.withFile' : 'review.filter.withoutFile')} onPick={(v) => setFilter({ ...filter, hasAttachment: v === 'yes' })} />
        <label className="filter-bar__date">
          {t('review.filter.capturedFromLabel')}
          <input type="date" value={filter.capturedBetween?.from ?? ''} onChange={(e) => setFilter({ ...filter, capturedBetween: { from: e.target.value || null, to: filter.capturedBetween?.to ?? null } })} />
        </label>
        <label className="filter-bar__date">
          {t('review.filter.capturedToLabel')}
          <input type="date" value={filter.capturedBetween?.to ?? ''} onChange={(e) => setFilter({ ...filter, capturedBetween: { from: filter.capturedBetween?.from ?? null, to: e.target.value || null } })} />
        </label>
      </div>
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label={t('review.filter.active')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              {chip.label}
              <button type="button" aria-label={t('review.filter.remove', { what: chip.label })} onClick={() => setFilter(chip.remove(filter))}>×</button>
            </li>
          ))}
          <li>
            <button type="button" className="button--link" onClick={() => setFilter({})}>{t('review.filter.clearAll')}</button>
          </li>
        </ul>
      )}
    </div>
  );
}

function FacetSelect<T extends string>({ label, values, text, onPick }: { label: string; values: readonly T[]; text(v: T): string; onPick(v: T): void }) {
  return (
    <select value="" aria-label={label} onChange={(e) => e.target.value && onPick(e.target.value as T)}>
      <option value="">{label}</option>
      {values.map((v) => <option key={v} value={v}>{text(v)}</option>)}
    </select>
  );
}
