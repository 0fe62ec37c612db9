import { useLiveQuery } from 'dexie-react-hooks';
import type { LegalArgument } from '@shared/domain/types';
import { db } from '../../db/database';

/** The case's current arguments (issues) in case order, read-only here; undefined while loading. */
export function useIssues(caseId: string): LegalArgument[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.arguments.where('caseId').equals(caseId).filter((a) => a.archivedAt === null).toArray();
    return rows.sort((a, b) => a.order - b.order || a.heading.localeCompare(b.heading));
  }, [caseId]);
}
