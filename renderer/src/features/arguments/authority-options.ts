import type { Authority } from '@shared/domain/types';
import { catalogueAuthorityId, catalogueDrafts, catalogueProvisions } from '@shared/legal/catalogue';

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** Everything a legal basis can point at: the case's own authorities, the catalogue by instrument, then drafts (labelled as such). */
export function authorityOptionGroups(own: readonly Authority[], labels: { userAuthorities: string; drafts: string }, keepId?: string): OptionGroup[] {
  const instruments = [...new Set(catalogueProvisions.map((p) => p.instrument))];
  const live = own.filter((a) => !a.archivedAt || a.id === keepId);
  return [
    ...(live.length > 0 ? [{ label: labels.userAuthorities, options: live.map((a) => ({ value: a.id, label: a.title ? `${a.citation} — ${a.title}` : a.citation })) }] : []),
    ...instruments.map((instrument) => ({
      label: instrument,
      options: catalogueProvisions.filter((p) => p.instrument === instrument)
        .map((p) => ({ value: catalogueAuthorityId(p.id), label: `${p.shortCitation} — ${p.officialTitle ?? p.unofficialEnglish ?? p.location ?? ''}` })),
    })),
    { label: labels.drafts, options: catalogueDrafts.map((d) => ({ value: catalogueAuthorityId(d.id), label: `${d.shortCitation} (${labels.drafts})` })) },
  ];
}
