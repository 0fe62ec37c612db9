import type { LegalArgument } from '../../domain/types';
import { catalogueEntry, needsVerification } from '../../legal/catalogue';
import { tableOfAuthorities, type AuthorityRow, type TableOfAuthorities } from '../../legal/table-of-authorities';
import { Flow } from '../flow';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';

/** The table of authorities of the arguments in this bundle; empty when they cite nothing. */
export function bundleAuthorities(state: BuildState, args: readonly LegalArgument[]): TableOfAuthorities {
  return tableOfAuthorities(args, state.snapshot.authorities);
}

export function hasAuthorities(table: TableOfAuthorities): boolean {
  return table.legislation.length + table.caseLaw.length + table.other.length > 0;
}

/** What the catalogue says of its own row: never more certainty than it has. */
function verification(row: AuthorityRow): string {
  if (row.isBroken) return 'missing from the case';
  const entry = catalogueEntry(row.authorityId);
  if (!entry) return 'own authority';
  if (entry.isDraft) return 'DRAFT — not law';
  if (!needsVerification(entry)) return 'verified';
  return entry.row.mark === 'UNVERIFIED' ? 'UNVERIFIED — verify before filing' : 'partly verified — verify before filing';
}

/**
 * Section G: the table of authorities derived from what the bundle's arguments
 * cite (legal basis and text) — legislation by instrument, case law, other —
 * with the pinpoints cited, the arguments citing each (F1, F2…) and how far
 * each catalogue row was verified.
 */
export function buildAuthorities(state: BuildState, args: readonly LegalArgument[]): void {
  const table = bundleAuthorities(state, args);
  const doc = state.beginDoc({ key: 'authorities', title: 'Table of authorities', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Table of authorities');
  flow.paragraph('Every authority the arguments in this bundle cite, in their legal basis or their text.', { size: 9, color: MUTED });
  const numberOf = new Map(args.map((a, i) => [a.id, `F${i + 1}`]));
  const columns = [{ title: 'Authority', width: 145 }, { title: 'Title / detail', width: 155 }, { title: 'Pinpoints', width: 60 }, { title: 'Cited in', width: 45 }, { title: 'Status', width: 105 }];
  const rows = (list: readonly AuthorityRow[]) => list.map((r) => ({
    cells: [r.citation, r.detail, r.pinpoints.join('; '), r.citedBy.map((c) => numberOf.get(c.id) ?? '').filter(Boolean).join(', '), verification(r)],
  }));
  for (const group of table.legislation) {
    flow.heading(`Legislation — ${group.instrument || 'other instruments'}`, 2);
    flow.table(columns, rows(group.rows), 8.5);
  }
  if (table.caseLaw.length) {
    flow.heading('Case law', 2);
    flow.table(columns, rows(table.caseLaw), 8.5);
  }
  if (table.other.length) {
    flow.heading('Other authorities and draft law', 2);
    flow.table(columns, rows(table.other), 8.5);
  }
  const unsure = [...table.legislation.flatMap((g) => g.rows), ...table.caseLaw, ...table.other].filter((r) => {
    const entry = catalogueEntry(r.authorityId);
    return r.isBroken || (entry !== undefined && needsVerification(entry));
  });
  if (unsure.length) {
    state.warn({
      code: 'authority-unverified',
      message: `${unsure.length} cited authorit${unsure.length === 1 ? 'y is' : 'ies are'} a draft, not fully verified or missing: ${unsure.map((r) => r.citation).join('; ')}. Check before filing.`,
      documentKey: 'authorities',
    });
  }
  state.endDoc(doc);
}
