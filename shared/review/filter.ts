import type { EvidenceKind, ReviewStatus, Sensitivity } from '../domain/types';
import type { RegisterRow } from './register-row';

export type TagMode = 'all' | 'any' | 'none';

/** A register filter; every part is optional and the parts combine with AND. */
export interface EvidenceFilter {
  tags?: { mode: TagMode; tagIds: string[] };
  platforms?: string[];
  kinds?: EvidenceKind[];
  sensitivities?: Sensitivity[];
  reviewStatuses?: ReviewStatus[];
  /** Inclusive ISO bounds (dates or instants); null bound = open. */
  capturedBetween?: { from: string | null; to: string | null };
  publishedBetween?: { from: string | null; to: string | null };
  hasAttachment?: boolean;
}

function inRange(value: string | null, range: { from: string | null; to: string | null } | undefined): boolean {
  if (!range || (range.from === null && range.to === null)) return true;
  if (value === null) return false;
  if (range.from !== null && value < range.from) return false;
  // A date-only upper bound includes the whole of that day.
  if (range.to !== null && value > (range.to.length === 10 ? `${range.to}T23:59:59.999Z` : range.to)) return false;
  return true;
}

function matchesTags(item: RegisterRow, rule: EvidenceFilter['tags']): boolean {
  if (!rule || rule.tagIds.length === 0) return true;
  const has = (id: string) => item.tagIds.includes(id);
  if (rule.mode === 'all') return rule.tagIds.every(has);
  if (rule.mode === 'any') return rule.tagIds.some(has);
  return !rule.tagIds.some(has);
}

const within = <T>(value: T, allowed: readonly T[] | undefined) => !allowed || allowed.length === 0 || allowed.includes(value);

export function matchesFilter(item: RegisterRow, filter: EvidenceFilter): boolean {
  return (
    matchesTags(item, filter.tags) &&
    within(item.platform, filter.platforms) &&
    within(item.kind, filter.kinds) &&
    within(item.sensitivity, filter.sensitivities) &&
    within(item.reviewStatus, filter.reviewStatuses) &&
    inRange(item.capturedAt, filter.capturedBetween) &&
    inRange(item.publishedAt, filter.publishedBetween) &&
    (filter.hasAttachment === undefined || item.hasAttachment === filter.hasAttachment)
  );
}

/** The matching items in their order; the same array when the filter is empty. */
export function applyFilter<T extends RegisterRow>(items: readonly T[], filter: EvidenceFilter): readonly T[] {
  return isEmptyFilter(filter) ? items : items.filter((item) => matchesFilter(item, filter));
}

export function isEmptyFilter(filter: EvidenceFilter): boolean {
  return (
    (!filter.tags || filter.tags.tagIds.length === 0) &&
    !filter.platforms?.length && !filter.kinds?.length && !filter.sensitivities?.length && !filter.reviewStatuses?.length &&
    !filter.capturedBetween?.from && !filter.capturedBetween?.to &&
    !filter.publishedBetween?.from && !filter.publishedBetween?.to &&
    filter.hasAttachment === undefined
  );
}
