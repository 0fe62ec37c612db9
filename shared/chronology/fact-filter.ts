import type { Fact, FactStatus } from '../domain/types';

/** Stands for "no issue linked" and "no evidence linked" in the filters. */
export const NONE = '(none)';
/** Stands for "linked to any evidence" in the evidence filter. */
export const ANY = '(any)';

export interface FactFilter {
  status: FactStatus | null;
  partyId: string | null;
  /** An argument id, NONE, or null for every fact. */
  argumentId: string | null;
  /** An evidence item id, ANY, NONE, or null for every fact. */
  evidence: string | null;
}

export const NO_FACT_FILTER: FactFilter = { status: null, partyId: null, argumentId: null, evidence: null };

/** Whether a fact passes every filter that is set. currentArgumentIds: links to other ids count as no issue. */
export function matchesFactFilter(fact: Pick<Fact, 'status' | 'partyIds' | 'argumentIds' | 'evidence'>, filter: FactFilter, currentArgumentIds: ReadonlySet<string>): boolean {
  if (filter.status && fact.status !== filter.status) return false;
  if (filter.partyId && !fact.partyIds.includes(filter.partyId)) return false;
  if (filter.argumentId) {
    const hasIssue = fact.argumentIds.some((id) => currentArgumentIds.has(id));
    if (filter.argumentId === NONE ? hasIssue : !fact.argumentIds.includes(filter.argumentId)) return false;
  }
  if (filter.evidence) {
    const count = fact.evidence.length;
    if (filter.evidence === ANY ? count === 0 : filter.evidence === NONE ? count > 0 : !fact.evidence.some((e) => e.evidenceId === filter.evidence)) return false;
  }
  return true;
}
