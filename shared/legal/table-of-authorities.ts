import type { Authority, LegalArgument } from '../domain/types';
import { catalogueEntry } from './catalogue';
import { citationsIn } from './rich-text';

export type AuthorityGroup = 'legislation' | 'case-law' | 'other';

export interface AuthorityRow {
  authorityId: string;
  citation: string; // 'art. 189.1 CP', or the user's citation
  detail: string; // official title, location or case name
  /** The instrument a legislation row is grouped under ('GDPR', 'Código Penal'). */
  instrument: string | null;
  isCatalogue: boolean;
  isDraft: boolean;
  /** Cited, but the user authority is archived or no longer exists. */
  isBroken: boolean;
  /** Every pinpoint cited, in first-cited order. */
  pinpoints: string[];
  /** The arguments that cite it, in case order. */
  citedBy: { id: string; heading: string }[];
}

export interface TableOfAuthorities {
  /** Legislation, grouped by instrument, instruments in first-cited order. */
  legislation: { instrument: string; rows: AuthorityRow[] }[];
  caseLaw: AuthorityRow[];
  other: AuthorityRow[];
}

/**
 * The case's table of authorities: what the live arguments actually cite,
 * in their legal basis or in their body, and nothing else.
 */
export function tableOfAuthorities(args: readonly LegalArgument[], authorities: readonly Authority[]): TableOfAuthorities {
  const own = new Map(authorities.map((a) => [a.id, a]));
  const rows = new Map<string, AuthorityRow & { group: AuthorityGroup }>();
  const live = args.filter((a) => a.archivedAt === null).sort((a, b) => a.order - b.order);
  for (const argument of live) {
    const cited = [
      ...argument.legalBasis.map((b) => ({ id: b.authorityId, pinpoint: b.pinpoint })),
      ...citationsIn(argument.body).filter((c) => c.kind === 'authority').map((c) => ({ id: c.id, pinpoint: c.pinpoint ?? '' })),
    ];
    for (const { id, pinpoint } of cited) {
      const row = rows.get(id) ?? newRow(id, own.get(id));
      rows.set(id, row);
      if (pinpoint.trim() && !row.pinpoints.includes(pinpoint.trim())) row.pinpoints.push(pinpoint.trim());
      if (!row.citedBy.some((c) => c.id === argument.id)) row.citedBy.push({ id: argument.id, heading: argument.heading });
    }
  }
  const all = [...rows.values()];
  const byCitation = (a: AuthorityRow, b: AuthorityRow) => a.citation.localeCompare(b.citation, undefined, { numeric: true });
  const instruments = [...new Set(all.filter((r) => r.group === 'legislation').map((r) => r.instrument ?? ''))];
  return {
    legislation: instruments.map((instrument) => ({
      instrument,
      rows: all.filter((r) => r.group === 'legislation' && (r.instrument ?? '') === instrument).sort(byCitation),
    })),
    caseLaw: all.filter((r) => r.group === 'case-law').sort(byCitation),
    other: all.filter((r) => r.group === 'other').sort(byCitation),
  };
}

function newRow(id: string, own: Authority | undefined): AuthorityRow & { group: AuthorityGroup } {
  const base = { authorityId: id, pinpoints: [], citedBy: [] };
  const shipped = catalogueEntry(id);
  if (shipped?.isDraft) {
    // Draft law is never listed as legislation.
    return { ...base, group: 'other', citation: shipped.row.shortCitation, detail: shipped.row.title, instrument: null, isCatalogue: true, isDraft: true, isBroken: false };
  }
  if (shipped) {
    const r = shipped.row;
    return {
      ...base, group: 'legislation', citation: r.shortCitation, detail: r.officialTitle ?? r.location ?? '', instrument: r.instrument,
      isCatalogue: true, isDraft: false, isBroken: false,
    };
  }
  if (!own) return { ...base, group: 'other', citation: id, detail: '', instrument: null, isCatalogue: false, isDraft: false, isBroken: true };
  const group: AuthorityGroup = own.kind === 'case-law' ? 'case-law' : own.kind === 'legislation' ? 'legislation' : 'other';
  return {
    ...base, group, citation: own.citation, detail: [own.title, own.ecli].filter(Boolean).join(' · '),
    instrument: group === 'legislation' ? own.title || own.citation : null, isCatalogue: false, isDraft: false, isBroken: Boolean(own.archivedAt),
  };
}
