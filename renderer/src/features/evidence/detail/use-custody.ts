import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '@shared/domain/types';
import { db } from '../../../db/database';
import { auditEntriesAbout } from '../../../db/audit-log';

/** The item's chain of custody, as the audit log recorded it, oldest first. */
export function useCustody(caseId: string, itemId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => auditEntriesAbout(db, caseId, itemId), [caseId, itemId]);
}
