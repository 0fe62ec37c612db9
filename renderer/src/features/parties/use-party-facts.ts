import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';

/** For each party, the numbers of the current facts linked to it, in number order. */
export function usePartyFacts(caseId: string): ReadonlyMap<string, number[]> | undefined {
  return useLiveQuery(async () => {
    const facts = await db.facts.where('caseId').equals(caseId).filter((f) => f.archivedAt === null).sortBy('number');
    const byParty = new Map<string, number[]>();
    for (const fact of facts) for (const id of fact.partyIds) byParty.set(id, [...(byParty.get(id) ?? []), fact.number]);
    return byParty;
  }, [caseId]);
}
