import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '@shared/domain/types';
import { db } from '../../../db/database';

/** The item's chain of custody, as the audit log recorded it, oldest first. */
export function useCustody(itemId: string): AuditEntry[] | undefined {
  return useLiveQuery(
    async () => (await db.auditEntries.where('entityId').equals(itemId).toArray()).sort((a, b) => a.seq - b.seq),
    [itemId],
  );
}
