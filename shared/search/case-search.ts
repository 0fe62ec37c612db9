import type { ArgumentDoc, FactDoc, FindingDoc } from './case-docs';
import type { CaseSearchGroup, CaseSearchResponse, CaseSearchResult, SearchKind } from './case-results';
import { EvidenceIndex } from './evidence-index';
import { snippetAround } from './snippet';
import { TextIndex, type SearchHit } from './text-index';

/** The text shown when the match is in the label only: the record's opening words. */
const opening = (text: string, width = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, flat.lastIndexOf(' ', width) > 0 ? flat.lastIndexOf(' ', width) : width)}…`;
};

/**
 * One index per kind of record rather than one index with a kind field: each
 * kind has its own fields and weights, a fact edit re-checks a few hundred
 * facts instead of 100,000 exhibits, the register's filter asks the evidence
 * index alone, and results come grouped by kind anyway.
 */
export class CaseSearch {
  readonly evidence = new EvidenceIndex();
  readonly facts = new TextIndex<'label' | 'text', FactDoc>(['label', 'text'], { label: 3, text: 1 });
  readonly findings = new TextIndex<'report' | 'text', FindingDoc>(['report', 'text'], { report: 2, text: 1 });
  readonly arguments = new TextIndex<'heading' | 'body', ArgumentDoc>(['heading', 'body'], { heading: 3, body: 1 });

  /** The best `limit` results of each kind, with a snippet each; kinds with no match are left out. */
  query(text: string, limit: number): CaseSearchResponse {
    const terms = new Set<string>();
    const groups: CaseSearchGroup[] = [];
    const group = <D>(kind: SearchKind, found: { total: number; hits: SearchHit[] }, docOf: (id: string) => D | undefined, show: (doc: D, terms: string[]) => CaseSearchResult) => {
      if (found.total === 0) return;
      const results = found.hits.map((hit) => {
        for (const term of hit.terms) terms.add(term);
        return show(docOf(hit.id)!, hit.terms);
      });
      groups.push({ kind, total: found.total, results });
    };
    // Only the best few of each kind are built into results: a common word can match 100,000 exhibits.
    group('evidence', this.evidence.bestUnarchived(text, limit), (id) => this.evidence.doc(id), (doc, t) => ({
      kind: 'evidence', id: doc.id, exhibitNo: doc.exhibitNo, title: doc.title,
      snippet: snippetAround(doc.description, t) ?? snippetAround(doc.notes, t) ?? snippetAround(doc.account, t) ?? snippetAround(doc.sourceUrl, t),
    }));
    group('facts', this.facts.best(text, limit), (id) => this.facts.doc(id), (doc, t) => ({
      kind: 'facts', id: doc.id, number: doc.number, date: doc.date, snippet: snippetAround(doc.text, t) ?? opening(doc.text),
    }));
    group('findings', this.findings.best(text, limit), (id) => this.findings.doc(id), (doc, t) => ({
      kind: 'findings', id: doc.id, reportId: doc.reportId, report: doc.report, findingNo: doc.findingNo, snippet: snippetAround(doc.text, t) ?? opening(doc.text),
    }));
    group('arguments', this.arguments.best(text, limit), (id) => this.arguments.doc(id), (doc, t) => ({
      kind: 'arguments', id: doc.id, heading: doc.heading, snippet: snippetAround(doc.body, t) ?? (doc.body ? opening(doc.body) : null),
    }));
    return { groups, terms: [...terms] };
  }
}
