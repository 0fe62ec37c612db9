import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceItem, Fact } from '@shared/domain/types';
import { sortByFuzzyDate } from '@shared/chronology/fuzzy-date';
import { db } from '../../db/database';
import { getEvidenceMany } from '../../db/evidence-store';

export interface Chronology {
  facts: Fact[];
  /** The evidence items the facts link to, by id (archived ones too: a link must not silently vanish). */
  exhibits: Map<string, Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title'>>;
}

/** The case's current facts in date order, with the exhibits they cite; undefined while loading. */
export function useChronology(caseId: string): Chronology | undefined {
  return useLiveQuery(async () => {
    const stored = await db.facts.where('caseId').equals(caseId).filter((f) => f.archivedAt === null).toArray();
    const facts = sortByFuzzyDate(stored, (f) => f.date, (f) => f.number);
    const ids = [...new Set(facts.flatMap((f) => f.evidence.map((e) => e.evidenceId)))];
    const items = await getEvidenceMany(db, ids, caseId);
    const exhibits = new Map(items.flatMap((e) => (e ? [[e.id, { id: e.id, exhibitNo: e.exhibitNo, title: e.title }] as const] : [])));
    return { facts, exhibits };
  }, [caseId]);
}
