import { useLiveQuery } from 'dexie-react-hooks';
import type { Party } from '@shared/domain/types';
import { db } from '../../db/database';

/** Every party of the case, archived ones included, by name; undefined while loading. */
export function useParties(caseId: string): Party[] | undefined {
  return useLiveQuery(async () => {
    const parties = await db.parties.where('caseId').equals(caseId).toArray();
    return parties.sort((a, b) => a.name.localeCompare(b.name));
  }, [caseId]);
}
