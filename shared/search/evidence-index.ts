import type { EvidenceItem } from '../domain/types';
import { TextIndex } from './text-index';

export { toMatches, type SearchHit, type SearchMatches } from './text-index';

/** The evidence fields full-text search looks in, with how much a match in each counts. */
export const searchedFields = ['exhibitNo', 'title', 'description', 'notes', 'sourceUrl', 'account', 'platformContentId'] as const;
const boosts = { exhibitNo: 4, title: 3, account: 2, description: 1, notes: 1, sourceUrl: 1, platformContentId: 1 };

export type SearchDoc = Pick<EvidenceItem, 'id' | (typeof searchedFields)[number]> & { isArchived: boolean };

export function toSearchDoc(item: EvidenceItem): SearchDoc {
  return {
    id: item.id, exhibitNo: item.exhibitNo, title: item.title, description: item.description, notes: item.notes,
    sourceUrl: item.sourceUrl, account: item.account, platformContentId: item.platformContentId, isArchived: item.archivedAt !== null,
  };
}

/** The register's full-text index. */
export class EvidenceIndex extends TextIndex<(typeof searchedFields)[number], SearchDoc> {
  constructor() {
    super(searchedFields, boosts);
  }
}
