import { catalogueDrafts, catalogueProvisions } from './catalogue-data';
import type { CatalogueDraft, CatalogueProvision } from './catalogue-types';

export type { CatalogueDraft, CatalogueProvision, VerificationMark } from './catalogue-types';
export { catalogueDrafts, catalogueProvisions };

/**
 * Catalogue rows are cited by an authority id of the form "catalogue:G3", so
 * one `authorityId` field can point at a shipped row or at a user-added
 * authority (a UUID) without the two ever colliding.
 */
const PREFIX = 'catalogue:';

export function catalogueAuthorityId(rowId: string): string {
  return `${PREFIX}${rowId}`;
}

export type CatalogueEntry =
  | { isDraft: false; row: CatalogueProvision }
  | { isDraft: true; row: CatalogueDraft };

const byId = new Map<string, CatalogueEntry>([
  ...catalogueProvisions.map((row) => [row.id, { isDraft: false, row }] as const),
  ...catalogueDrafts.map((row) => [row.id, { isDraft: true, row }] as const),
]);

/** The catalogue row an authority id points at; undefined for user authorities and unknown rows. */
export function catalogueEntry(authorityId: string): CatalogueEntry | undefined {
  if (!authorityId.startsWith(PREFIX)) return undefined;
  return byId.get(authorityId.slice(PREFIX.length));
}

/** P, UNVERIFIED, a caveat in another cell, or a draft: the lawyer must check it before filing. */
export function needsVerification(entry: CatalogueEntry): boolean {
  if (entry.isDraft) return true;
  return entry.row.mark !== 'V' || entry.row.hasCaveatElsewhere;
}
