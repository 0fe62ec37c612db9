import type { EvidenceItem, ExpertReport, Fact, LegalArgument } from '../domain/types';
import { tableOfAuthorities } from '../legal/table-of-authorities';
import { formatDate, fuzzySortKey } from './format';
import { SECTION_TITLES, type BundleWarning, type CaseSnapshot, type ResolvedOptions, type SectionId } from './snapshot';

/** A document the index and the outline will list, known before any page exists. */
export interface PlannedDoc {
  key: string;
  title: string;
  date: string;
  exhibitNo: string | null;
}

export interface PlannedSection {
  id: SectionId;
  title: string;
  docs: PlannedDoc[];
}

export interface BundlePlan {
  exhibits: EvidenceItem[];
  facts: Fact[];
  reports: ExpertReport[];
  arguments: LegalArgument[];
  sections: PlannedSection[];
  /** Exhibit number → evidence id, for citations; only exhibits in the bundle. */
  exhibitByNo: Map<string, EvidenceItem>;
}

/**
 * Decides what goes in the bundle and in which order, before any layout:
 * the index is drawn first but must list every document that follows.
 */
export function planBundle(snapshot: CaseSnapshot, options: ResolvedOptions, warn: (w: BundleWarning) => void): BundlePlan {
  const live = <T extends { archivedAt: string | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.archivedAt === null);
  let evidence = live(snapshot.evidence);
  if (options.evidenceIds) {
    const byId = new Map(evidence.map((e) => [e.id, e]));
    evidence = options.evidenceIds.map((id) => byId.get(id)).filter((e): e is EvidenceItem => e !== undefined);
  }
  if (options.exhibitOrder !== 'custom') evidence = sortExhibits(evidence, options.exhibitOrder);
  const exhibits = evidence.filter((e) => {
    if (e.sensitivity !== 'restricted' || options.includeRestricted) return true;
    warn({ code: 'restricted-left-out', message: `Exhibit ${e.exhibitNo} is restricted and was left out (not chosen for this export).`, documentKey: `exhibit:${e.id}` });
    return false;
  });
  const facts = live(snapshot.facts).sort((a, b) => fuzzySortKey(a.date).localeCompare(fuzzySortKey(b.date)) || a.number - b.number);
  const reports = live(snapshot.expertReports);
  const args = live(snapshot.arguments).sort((a, b) => a.order - b.order);

  const docsOf: Record<SectionId, PlannedDoc[]> = {
    A: [{ key: 'summary', title: 'Case summary and parties', date: '', exhibitNo: null }],
    B: facts.length ? [{ key: 'chronology', title: `Chronology (${facts.length} entries)`, date: '', exhibitNo: null }] : [],
    C: exhibits.length ? [{ key: 'register', title: `Evidence register (${exhibits.length} items)`, date: '', exhibitNo: null }] : [],
    D: exhibits.map((e) => ({
      key: `exhibit:${e.id}`,
      title: e.sensitivity === 'withheld' && !/withheld/i.test(e.title) ? `${e.title} (withheld)` : e.title,
      date: formatDate(e.publishedAt ?? e.capturedAt, e.captureTimeZone),
      exhibitNo: e.exhibitNo,
    })),
    E: reports.map((r) => ({ key: `report:${r.id}`, title: r.title, date: formatDate(r.date), exhibitNo: null })),
    F: args.map((a, i) => ({ key: `argument:${a.id}`, title: `F${i + 1}. ${a.heading}`, date: '', exhibitNo: null })),
    G: citesAnything(args, snapshot) ? [{ key: 'authorities', title: 'Table of authorities', date: '', exhibitNo: null }] : [],
    H: [{ key: 'integrity', title: 'Integrity appendix: manifest, audit head, export settings', date: '', exhibitNo: null }],
  };
  const sections = options.sections
    .map((id) => ({ id, title: SECTION_TITLES[id], docs: docsOf[id] }))
    .filter((s) => s.docs.length > 0 || options.emptySections === 'placeholder');
  const exhibitByNo = new Map(exhibits.map((e) => [e.exhibitNo, e]));
  return { exhibits, facts, reports, arguments: args, sections, exhibitByNo };
}

/** Section G is there when the bundle's arguments cite at least one authority. */
function citesAnything(args: readonly LegalArgument[], snapshot: CaseSnapshot): boolean {
  const table = tableOfAuthorities(args, snapshot.authorities);
  return table.legislation.length + table.caseLaw.length + table.other.length > 0;
}

const byNumber = (a: EvidenceItem, b: EvidenceItem): number => a.exhibitNo.localeCompare(b.exhibitNo, 'en', { numeric: true });

/** The date an exhibit is listed under in the index: when it was published, else when it was captured. */
function exhibitTime(e: EvidenceItem): number {
  const t = Date.parse(e.publishedAt ?? e.capturedAt ?? '');
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** By exhibit number, or by date (undated last; the same date by exhibit number). */
export function sortExhibits(evidence: readonly EvidenceItem[], order: 'number' | 'date'): EvidenceItem[] {
  if (order === 'number') return [...evidence].sort(byNumber);
  return evidence
    .map((e) => ({ e, t: exhibitTime(e) }))
    .sort((a, b) => (a.t === b.t ? byNumber(a.e, b.e) : a.t < b.t ? -1 : 1))
    .map(({ e }) => e);
}
