import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext } from 'react';
import type { Tag, TagGroup } from '@shared/domain/types';
import { db } from '../../db/database';

export interface CaseTags {
  groups: TagGroup[];
  tags: Tag[];
  byId: Map<string, Tag>;
}

/** The case's live tag groups and tags (not archived), in their order. */
export function useCaseTags(caseId: string): CaseTags | undefined {
  return useLiveQuery(async () => {
    const [groups, tags] = await Promise.all([
      db.tagGroups.where('caseId').equals(caseId).filter((g) => g.archivedAt === null).sortBy('order'),
      db.tags.where('caseId').equals(caseId).filter((t) => t.archivedAt === null).sortBy('order'),
    ]);
    return { groups, tags, byId: new Map(tags.map((t) => [t.id, t])) };
  }, [caseId]);
}

/** The open case's tags, for components deep in the register (cells, chips). */
export const CaseTagsContext = createContext<CaseTags | undefined>(undefined);
export const useTagsInContext = () => useContext(CaseTagsContext);
