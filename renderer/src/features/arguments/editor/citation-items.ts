import type { Authority, EvidenceItem, Fact } from '@shared/domain/types';
import { catalogueAuthorityId, catalogueDrafts, catalogueProvisions } from '@shared/legal/catalogue';
import type { CitationRef } from '@shared/legal/citation';
import { normalizeForSearch } from '../normalize';

export interface PickerItem {
  ref: CitationRef;
  label: string; // what the citation will read: "[E-0003]", "[Fact 12]", "art. 189.1 CP"
  detail: string;
  search: string;
}

/** Everything a body can cite: live exhibits, live facts, the case's authorities, the catalogue and its drafts. */
export function pickerItems(
  exhibits: readonly Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title' | 'archivedAt'>[], facts: readonly Fact[], authorities: readonly Authority[],
  draftLabel: string,
): PickerItem[] {
  const item = (ref: CitationRef, label: string, detail: string): PickerItem => ({ ref, label, detail, search: normalizeForSearch(`${label} ${detail}`) });
  return [
    ...exhibits.filter((e) => !e.archivedAt).map((e) => item({ kind: 'exhibit', id: e.id }, `[${e.exhibitNo}]`, e.title)),
    ...facts.filter((f) => !f.archivedAt).map((f) => item({ kind: 'fact', id: f.id }, `[Fact ${f.number}]`, f.text)),
    ...authorities.filter((a) => !a.archivedAt).map((a) => item({ kind: 'authority', id: a.id }, a.citation, a.title ?? '')),
    ...catalogueProvisions.map((p) => item({ kind: 'authority', id: catalogueAuthorityId(p.id) }, p.shortCitation, p.officialTitle ?? p.location ?? p.instrument)),
    ...catalogueDrafts.map((d) => item({ kind: 'authority', id: catalogueAuthorityId(d.id) }, d.shortCitation, `${draftLabel} · ${d.title}`)),
  ];
}

/**
 * The picker's list and the pinpoint typed after a comma: "[E-0003, p. 4"
 * cites E-0003 at p. 4. Only when the whole query matches nothing is the
 * part after the last comma read as a pinpoint, so an authority whose own
 * citation has a comma ("Case C-131/12, Google Spain") is still found whole.
 */
export function pickWithPinpoint(items: readonly PickerItem[], query: string, limit = 8): { shown: PickerItem[]; pinpoint: string | null } {
  const whole = filterItems(items, query, limit);
  const comma = query.lastIndexOf(',');
  if (whole.length > 0 || comma < 0) return { shown: whole, pinpoint: null };
  const pinpoint = query.slice(comma + 1).trim();
  return { shown: filterItems(items, query.slice(0, comma), limit), pinpoint: pinpoint || null };
}

/** Every word typed must appear; "e-3" finds E-0003 and "fact 12" finds Fact 12 as well as "hecho 12". */
export function filterItems(items: readonly PickerItem[], query: string, limit = 8): PickerItem[] {
  const words = normalizeForSearch(query).replace(/^hecho\b/, 'fact').split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice(0, limit);
  const matches = (search: string, word: string) => {
    if (search.includes(word)) return true;
    // "e-3" or "e3" for "e-0003": compare exhibit numbers without their zero padding.
    const stripped = search.replace(/([a-z]-?)0+(\d)/g, '$1$2');
    return stripped.includes(word.replace(/([a-z]-?)0+(\d)/g, '$1$2'));
  };
  return items.filter((i) => words.every((w) => matches(i.search, w))).slice(0, limit);
}
