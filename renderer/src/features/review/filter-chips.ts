import type { TFunction } from 'i18next';
import type { EvidenceFilter } from '@shared/review/filter';
import type { CaseTags } from './use-case-tags';

export interface FilterChip {
  key: string;
  label: string;
  remove(filter: EvidenceFilter): EvidenceFilter;
}

const without = <T>(list: readonly T[] | undefined, value: T) => (list ?? []).filter((v) => v !== value);

/** Each active criterion as a chip with a way to drop just that criterion. */
export function filterChips(filter: EvidenceFilter, t: TFunction, tags: CaseTags | undefined): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const id of filter.tags?.tagIds ?? []) {
    chips.push({
      key: `tag-${id}`,
      label: `${t(`review.filter.tagMode.${filter.tags!.mode}`)}: ${tags?.byId.get(id)?.name ?? '?'}`,
      remove: (f) => ({ ...f, tags: { mode: f.tags!.mode, tagIds: without(f.tags!.tagIds, id) } }),
    });
  }
  for (const p of filter.platforms ?? []) chips.push({ key: `platform-${p}`, label: `${t('evidence.fields.platform')}: ${p}`, remove: (f) => ({ ...f, platforms: without(f.platforms, p) }) });
  for (const k of filter.kinds ?? []) chips.push({ key: `kind-${k}`, label: `${t('evidence.fields.kind')}: ${t(`evidence.kinds.${k}`)}`, remove: (f) => ({ ...f, kinds: without(f.kinds, k) }) });
  for (const s of filter.sensitivities ?? []) chips.push({ key: `sens-${s}`, label: `${t('evidence.fields.sensitivity')}: ${t(`evidence.sensitivities.${s}`)}`, remove: (f) => ({ ...f, sensitivities: without(f.sensitivities, s) }) });
  for (const r of filter.reviewStatuses ?? []) chips.push({ key: `rev-${r}`, label: `${t('evidence.columns.reviewStatus')}: ${t(`evidence.reviewStatuses.${r}`)}`, remove: (f) => ({ ...f, reviewStatuses: without(f.reviewStatuses, r) }) });
  const captured = filter.capturedBetween;
  if (captured?.from) chips.push({ key: 'cap-from', label: t('review.filter.capturedFrom', { date: captured.from }), remove: (f) => ({ ...f, capturedBetween: { from: null, to: f.capturedBetween?.to ?? null } }) });
  if (captured?.to) chips.push({ key: 'cap-to', label: t('review.filter.capturedTo', { date: captured.to }), remove: (f) => ({ ...f, capturedBetween: { from: f.capturedBetween?.from ?? null, to: null } }) });
  if (filter.hasAttachment !== undefined) {
    chips.push({ key: 'att', label: t(filter.hasAttachment ? 'review.filter.withFile' : 'review.filter.withoutFile'), remove: ({ hasAttachment: _drop, ...rest }) => rest });
  }
  return chips;
}
