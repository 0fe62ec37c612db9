import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceItem, ExpertReport, Fact } from '@shared/domain/types';
import { sortByFuzzyDate } from '@shared/chronology/fuzzy-date';
import { db } from '../../db/database';
import { getEvidenceMany } from '../../db/evidence-store';

export interface PartyLinks {
  /** Current facts linked to the party, in date order. */
  facts: Fact[];
  /** Current reports the party is the expert of, by date (undated last). */
  reports: ExpertReport[];
  /**
   * The exhibits those facts and reports' findings cite, in exhibit order.
   * Evidence has no party field of its own, so this is the only honest link.
   */
  evidence: Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title' | 'archivedAt'>[];
}

/** Everything linked to one party; undefined while loading. */
export function usePartyLinks(caseId: string, partyId: string): PartyLinks | undefined {
  return useLiveQuery(async () => {
    const [facts, reports] = await Promise.all([
      db.facts.where('caseId').equals(caseId).filter((f) => f.archivedAt === null && f.partyIds.includes(partyId)).toArray(),
      db.expertReports.where('caseId').equals(caseId).filter((r) => r.archivedAt === null && r.expertPartyId === partyId).toArray(),
    ]);
    reports.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
    const cited = new Set([
      ...facts.flatMap((f) => f.evidence.map((e) => e.evidenceId)),
      ...reports.flatMap((r) => r.findings.flatMap((f) => f.evidence.map((e) => e.evidenceId))),
    ]);
    const items = (await getEvidenceMany(db, [...cited], caseId)).flatMap((e) => (e ? [{ id: e.id, exhibitNo: e.exhibitNo, title: e.title, archivedAt: e.archivedAt }] : []));
    items.sort((a, b) => a.exhibitNo.localeCompare(b.exhibitNo));
    return { facts: sortByFuzzyDate(facts, (f) => f.date, (f) => f.number), reports, evidence: items };
  }, [caseId, partyId]);
}
