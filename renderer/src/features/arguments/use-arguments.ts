import { useLiveQuery } from 'dexie-react-hooks';
import type { Authority, EvidenceItem, Fact, LegalArgument } from '@shared/domain/types';
import type { CitationContext } from '@shared/legal/citation';
import { citationContextOf } from '@shared/legal/snapshot-context';
import { db } from '../../db/database';
import { evidenceOfCase } from '../../db/evidence-store';

export interface FindingRef {
  id: string;
  reportTitle: string;
  text: string;
  isArchived: boolean;
}

export interface ArgumentsData {
  /** Every argument of the case, archived ones too, in case order. */
  arguments: LegalArgument[];
  authorities: Authority[];
  /** Archived rows too: a link to one must show as broken, not vanish. */
  facts: Fact[];
  exhibits: Pick<EvidenceItem, 'id' | 'exhibitNo' | 'title' | 'archivedAt'>[];
  findings: Map<string, FindingRef>;
  context: CitationContext;
}

export function useArgumentsData(caseId: string): ArgumentsData | undefined {
  return useLiveQuery(async () => {
    const [args, authorities, facts, evidence, reports] = await Promise.all([
      db.arguments.where('caseId').equals(caseId).toArray(),
      db.authorities.where('caseId').equals(caseId).toArray(),
      db.facts.where('caseId').equals(caseId).toArray(),
      evidenceOfCase(db, caseId),
      db.expertReports.where('caseId').equals(caseId).toArray(),
    ]);
    args.sort((a, b) => a.order - b.order);
    facts.sort((a, b) => a.number - b.number);
    evidence.sort((a, b) => a.exhibitNo.localeCompare(b.exhibitNo, undefined, { numeric: true }));
    const findings = new Map(reports.flatMap((r) => r.findings.map((f) => [f.id, { id: f.id, reportTitle: r.title, text: f.text, isArchived: r.archivedAt !== null }] as const)));
    return {
      arguments: args,
      authorities,
      facts,
      exhibits: evidence.map((e) => ({ id: e.id, exhibitNo: e.exhibitNo, title: e.title, archivedAt: e.archivedAt })),
      findings,
      context: citationContextOf(evidence, facts, authorities),
    };
  }, [caseId]);
}
