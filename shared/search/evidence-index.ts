import type { EvidenceItem } from '../domain/types';
import { LayeredIndex, type FlagsShape } from './layered-index';
import type { SearchHit } from './index-query';

export { toMatches, type SearchHit, type SearchMatches } from './text-index';

/** The evidence fields full-text search looks in, with how much a match in each counts. */
export const searchedFields = ['exhibitNo', 'title', 'description', 'notes', 'sourceUrl', 'account', 'platformContentId'] as const;
export const evidenceBoosts = { exhibitNo: 4, title: 3, account: 2, description: 1, notes: 1, sourceUrl: 1, platformContentId: 1 };

type SearchedField = (typeof searchedFields)[number];
export type SearchDoc = Pick<EvidenceItem, 'id' | SearchedField> & { isArchived: boolean };

export function toSearchDoc(item: EvidenceItem): SearchDoc {
  return {
    id: item.id, exhibitNo: item.exhibitNo, title: item.title, description: item.description, notes: item.notes,
    sourceUrl: item.sourceUrl, account: item.account, platformContentId: item.platformContentId, isArchived: item.archivedAt !== null,
  };
}

/** The archive flag is the one unindexed property a search doc has. */
export const evidenceFlags: FlagsShape<SearchedField, SearchDoc> = {
  flagsOf: (doc) => (doc.isArchived ? 1 : 0),
  withFlags: (doc, flags) => {
    const searched = doc as SearchDoc;
    searched.isArchived = flags === 1;
    return searched;
  },
};

/** The register's full-text index: a frozen base of the case as built, the items written since on top. */
export class EvidenceIndex extends LayeredIndex<SearchedField, SearchDoc> {
  constructor() {
    super(searchedFields, evidenceBoosts, evidenceFlags);
  }

  /** The best matches among items not archived. */
  bestUnarchived(text: string, limit: number): { total: number; hits: SearchHit[] } {
    return this.bestWithFlags(text, limit, (flags) => flags === 0);
  }
}
