import type { EvidenceItem, Fact, Party, SavedView, Tag } from '../../domain/types';
import { formatExhibitNo, parseExhibitNo } from '../../evidence/exhibit-number';
import { isPseudonymTaken, nextPseudonym } from '../../parties/pseudonym';
import type { CaseDocument } from '../case-document';
import { labelOf } from './merge-kinds';
import type { MergeRowPreview } from './merge-preview-types';

const newRowsOf = (rows: MergeRowPreview[], kind: MergeRowPreview['kind']) => rows.filter((r) => r.kind === kind && r.status === 'new');

/**
 * A new exhibit keeps its number only when it is one of our sequence, above
 * every number this case ever gave, and unused; otherwise it gets the next
 * free number. Numbers are never reused or duplicated.
 */
function numberExhibits(ours: CaseDocument, rows: MergeRowPreview[]) {
  const prefix = ours.case.exhibitPrefix;
  const used = new Map(ours.evidence.map((e) => [e.exhibitNo, labelOf('evidence', e)]));
  const usedCounters = new Set(ours.evidence.map((e) => parseExhibitNo(prefix, e.exhibitNo)).filter((n) => n !== null));
  let last = Math.max(ours.case.lastExhibitCounter, ...usedCounters);
  const fresh = newRowsOf(rows, 'evidence').sort((a, b) => (a.theirs as EvidenceItem).exhibitNo.localeCompare((b.theirs as EvidenceItem).exhibitNo, undefined, { numeric: true }));
  const keeps = (no: string) => {
    const n = parseExhibitNo(prefix, no);
    return n !== null && n > ours.case.lastExhibitCounter && !used.has(no) && !usedCounters.has(n);
  };
  const renumber: MergeRowPreview[] = [];
  for (const row of fresh) {
    const no = (row.theirs as EvidenceItem).exhibitNo;
    if (!keeps(no)) { renumber.push(row); continue; }
    const n = parseExhibitNo(prefix, no)!;
    usedCounters.add(n);
    used.set(no, row.label);
    last = Math.max(last, n);
  }
  for (const row of renumber) {
    const item = row.theirs as EvidenceItem;
    do last += 1; while (usedCounters.has(last));
    const to = formatExhibitNo(prefix, last);
    row.notes.push({ type: 'exhibit-renumbered', from: item.exhibitNo, to, takenBy: used.get(item.exhibitNo) ?? null });
    row.theirs = { ...item, exhibitNo: to };
    row.label = labelOf('evidence', row.theirs);
    usedCounters.add(last);
  }
}

/** Facts follow the exhibits' rule: "Fact 12" is never given twice. */
function numberFacts(ours: CaseDocument, rows: MergeRowPreview[]) {
  const used = new Set(ours.facts.map((f) => f.number));
  let last = Math.max(ours.case.lastFactNumber, ...used);
  const fresh = newRowsOf(rows, 'facts').sort((a, b) => (a.theirs as Fact).number - (b.theirs as Fact).number);
  const renumber: MergeRowPreview[] = [];
  for (const row of fresh) {
    const n = (row.theirs as Fact).number;
    if (n <= ours.case.lastFactNumber || used.has(n)) { renumber.push(row); continue; }
    used.add(n);
    last = Math.max(last, n);
  }
  for (const row of renumber) {
    const fact = row.theirs as Fact;
    do last += 1; while (used.has(last));
    row.notes.push({ type: 'fact-renumbered', from: fact.number, to: last });
    row.theirs = { ...fact, number: last };
    row.label = labelOf('facts', row.theirs);
    used.add(last);
  }
}

/** A protected party never shares a pseudonym with another: a taken one is replaced by the next free "V-n". */
function pseudonymiseParties(ours: CaseDocument, rows: MergeRowPreview[]) {
  const parties: Party[] = [...ours.parties];
  let last = ours.case.lastPseudonymNumber;
  for (const row of newRowsOf(rows, 'parties')) {
    const party = row.theirs as Party;
    if (party.pseudonym !== null && isPseudonymTaken(party.pseudonym, parties)) {
      const next = nextPseudonym(last, parties);
      last = next.number;
      row.notes.push({ type: 'pseudonym-changed', from: party.pseudonym, to: next.pseudonym });
      row.theirs = { ...party, pseudonym: next.pseudonym };
      row.label = labelOf('parties', row.theirs);
    }
    parties.push(row.theirs as Party);
  }
}

/** One default view per case and one tag per keyboard shortcut: ours stay, the archive's give way. */
function settleDefaultsAndShortcuts(ours: CaseDocument, rows: MergeRowPreview[]) {
  const hasDefault = ours.savedViews.some((v) => v.isDefault);
  for (const row of newRowsOf(rows, 'savedViews')) {
    if (hasDefault && (row.theirs as SavedView).isDefault) {
      row.notes.push({ type: 'default-view-dropped' });
      row.theirs = { ...(row.theirs as SavedView), isDefault: false };
    }
  }
  const shortcuts = new Set(ours.tags.filter((t) => t.archivedAt === null && t.shortcut).map((t) => t.shortcut!.toLowerCase()));
  for (const row of newRowsOf(rows, 'tags')) {
    const shortcut = (row.theirs as Tag).shortcut;
    if (!shortcut) continue;
    if (shortcuts.has(shortcut.toLowerCase())) {
      row.notes.push({ type: 'shortcut-dropped', shortcut });
      row.theirs = { ...(row.theirs as Tag), shortcut: null };
    } else shortcuts.add(shortcut.toLowerCase());
  }
}

/** Settles the numbers, pseudonyms, default view and shortcuts of new rows, noting every change. */
export function numberNewRows(ours: CaseDocument, rows: MergeRowPreview[]): void {
  numberExhibits(ours, rows);
  numberFacts(ours, rows);
  pseudonymiseParties(ours, rows);
  settleDefaultsAndShortcuts(ours, rows);
}
