import type { Authority, EvidenceItem, Fact } from '../domain/types';
import type { CitationContext } from './citation';

/** A citation context from plain lists of the case's rows (what an export snapshot or a live query holds). */
export function citationContextOf(evidence: readonly EvidenceItem[], facts: readonly Fact[], authorities: readonly Authority[]): CitationContext {
  return {
    exhibits: new Map(evidence.map((e) => [e.id, { exhibitNo: e.exhibitNo, title: e.title, archivedAt: e.archivedAt }])),
    facts: new Map(facts.map((f) => [f.id, { number: f.number, text: f.text, archivedAt: f.archivedAt }])),
    authorities: new Map(authorities.map((a) => [a.id, { citation: a.citation, kind: a.kind, archivedAt: a.archivedAt ?? null, title: a.title ?? '' }])),
  };
}
