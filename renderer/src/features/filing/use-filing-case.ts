import { useLiveQuery } from 'dexie-react-hooks';
import type { Case, LegalArgument, Party } from '@shared/domain/types';
import type { FilingOptions } from '@shared/filing';
import { db } from '../../db/database';
import { lastFilingOptions } from './data/last-filing-options';

export interface FilingCase {
  theCase: Case;
  /** Every party, archived ones too: a protected name must be replaced even when its party has left the case. */
  parties: Party[];
  arguments: LegalArgument[];
  /** The newest filing export's options, or null. */
  last: FilingOptions | null;
}

/** What the filing screen lists and starts from; null when the case is gone, undefined while loading. */
export function useFilingCase(caseId: string): FilingCase | null | undefined {
  return useLiveQuery(async () => {
    const [theCase, parties, args, last] = await Promise.all([
      db.cases.get(caseId),
      db.parties.where('caseId').equals(caseId).toArray(),
      db.arguments.where('caseId').equals(caseId).toArray(),
      lastFilingOptions(db, caseId),
    ]);
    return theCase ? { theCase, parties, arguments: args, last } : null;
  }, [caseId]);
}
