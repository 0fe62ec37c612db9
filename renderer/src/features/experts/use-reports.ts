import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceItem, ExpertReport, Party } from '@shared/domain/types';
import { db } from '../../db/database';
import { getEvidenceMany } from '../../db/evidence-store';

export interface ExpertReports {
  /** Every report of the case, archived ones too, by date (undated last) then title. */
  reports: ExpertReport[];
  parties: Map<string, Party>;
  /** What the findings link to, archived items and facts too: a link must not silently vanish. */
  exhibits: Map<string, Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title'>>;
  factNumbers: Map<string, number>;
}

export function useExpertReports(caseId: string): ExpertReports | undefined {
  return useLiveQuery(async () => {
    const [reports, parties, facts] = await Promise.all([
      db.expertReports.where('caseId').equals(caseId).toArray(),
      db.parties.where('caseId').equals(caseId).toArray(),
      db.facts.where('caseId').equals(caseId).toArray(),
    ]);
    reports.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
    const ids = [...new Set(reports.flatMap((r) => r.findings.flatMap((f) => f.evidence.map((e) => e.evidenceId))))];
    const items = await getEvidenceMany(db, ids, caseId);
    return {
      reports,
      parties: new Map(parties.map((p) => [p.id, p])),
      exhibits: new Map(items.flatMap((e) => (e ? [[e.id, { id: e.id, exhibitNo: e.exhibitNo, title: e.title }] as const] : []))),
      factNumbers: new Map(facts.map((f) => [f.id, f.number])),
    };
  }, [caseId]);
}
