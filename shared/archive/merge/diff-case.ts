import type { Case, EvidenceItem, Fact } from '../../domain/types';
import { GENESIS_HASH } from '../../audit/audit-chain';
import { caseTables, type CaseDocument } from '../case-document';
import { mapIds } from '../map-ids';
import { definedIds } from './defined-ids';
import { fieldChanges } from './field-diff';
import { matchRows } from './match-rows';
import { fixedFields, labelOf, type MergeKind, type MergeRowValue } from './merge-kinds';
import type { MergeFile, MergePreview, MergeRowPreview } from './merge-preview-types';
import { numberNewRows } from './number-new-rows';

export interface DiffOptions {
  newId(): string;
  /** SHA-256 of every file this machine already holds. */
  storedFiles: ReadonlySet<string>;
}

/** The fields a merge never changes, copied from our row onto theirs. */
function keepFixed(kind: MergeKind, ours: MergeRowValue, theirs: MergeRowValue): MergeRowValue {
  const copy: Record<string, unknown> = { ...theirs };
  for (const f of fixedFields[kind]) copy[f] = (ours as unknown as Record<string, unknown>)[f];
  return copy as unknown as MergeRowValue;
}

function compare(kind: MergeKind, key: string, ours: MergeRowValue, mappedTheirs: MergeRowValue, matchedBy: MergeRowPreview['matchedBy']): MergeRowPreview {
  const theirs = keepFixed(kind, ours, mappedTheirs);
  const fields = fieldChanges(ours, theirs, fixedFields[kind]);
  const row: MergeRowPreview = {
    kind, key, id: ours.id, status: fields.length ? 'changed' : 'identical', matchedBy, label: labelOf(kind, ours),
    ours, theirs, fields, decision: null, notes: [],
  };
  if (kind === 'evidence') {
    const [a, b] = [(ours as EvidenceItem).exhibitNo, (mappedTheirs as EvidenceItem).exhibitNo];
    if (a !== b) row.notes.push({ type: 'exhibit-number-kept', ours: a, theirs: b });
    if (matchedBy === 'file-hash') {
      row.notes.push({ type: 'matched-by-file', sha256: (ours as EvidenceItem).hashes.sha256 ?? (ours as EvidenceItem).attachment?.sha256 ?? '' });
      if (fields.length) row.decision = { type: 'file-registered-as-other-exhibit', exhibit: a };
    }
  }
  if (kind === 'facts' && (ours as Fact).number !== (mappedTheirs as Fact).number) {
    row.notes.push({ type: 'fact-number-kept', ours: (ours as Fact).number, theirs: (mappedTheirs as Fact).number });
  }
  const archivedOurs = 'archivedAt' in ours && ours.archivedAt != null;
  const archivedTheirs = 'archivedAt' in theirs && theirs.archivedAt != null;
  if (archivedOurs !== archivedTheirs && fields.some((f) => f.field !== 'archivedAt')) {
    row.decision = { type: 'archived-and-edited', archivedOn: archivedOurs ? 'ours' : 'theirs' };
  }
  return row;
}

/** Files the rows of the archive need, and whether this machine has their bytes already. */
function filesOf(theirs: CaseDocument, stored: ReadonlySet<string>): MergeFile[] {
  const out = new Map<string, MergeFile>();
  for (const row of [...theirs.evidence, ...theirs.expertReports]) {
    const a = row.attachment;
    if (a && !out.has(a.sha256)) out.set(a.sha256, { sha256: a.sha256, size: a.size, name: a.name, isNew: !stored.has(a.sha256) });
  }
  return [...out.values()];
}

/**
 * What merging a verified archive into our case would change, row by row:
 * new rows (numbered so nothing is reused or duplicated), rows with changed
 * fields (ours against theirs), identical rows, and the conflicts a person
 * must settle. Pure: nothing is written.
 */
export function diffCase(ours: CaseDocument, theirs: CaseDocument, options: DiffOptions): MergePreview {
  const { matches, relation } = matchRows(ours, theirs);
  const idMap = new Map(definedIds(theirs).map((id) => [id, matches.get(id)?.ourId ?? options.newId()]));
  const mapped = mapIds(theirs, idMap);
  const rows: MergeRowPreview[] = [compare('case', theirs.case.id, ours.case, mapped.case as Case, relation === 'lineage' ? 'lineage' : 'id')];
  const onlyOurs: MergePreview['onlyOurs'] = {};
  const names = new Map<string, string>();

  for (const table of caseTables) {
    const ourRows = new Map<string, MergeRowValue>(ours[table].map((r) => [r.id, r]));
    for (const r of ours[table]) names.set(r.id, labelOf(table, r));
    const seen = new Set<string>();
    theirs[table].forEach((original, i) => {
      const row: MergeRowValue = mapped[table][i]!;
      const match = matches.get(original.id);
      const ourRow = match ? ourRows.get(match.ourId) : undefined;
      if (ourRow && match) {
        seen.add(ourRow.id);
        rows.push(compare(table, original.id, ourRow, row, match.reason));
        return;
      }
      const decision = table === 'evidence' ? sameFileAs(ours, row as EvidenceItem) : null;
      rows.push({ kind: table, key: original.id, id: row.id, status: 'new', matchedBy: null, label: labelOf(table, row), ours: null, theirs: row, fields: [], decision, notes: [] });
    });
    const only = ours[table].length - seen.size;
    if (only > 0) onlyOurs[table] = only;
  }
  numberNewRows(ours, rows);
  for (const row of rows) if (row.status === 'new') names.set(row.id, row.label);

  const head = ours.auditEntries.at(-1);
  return {
    caseId: ours.case.id, relation, rows, onlyOurs, idMap, names,
    files: filesOf(theirs, options.storedFiles),
    basis: { headHash: head?.hash ?? GENESIS_HASH, entries: ours.auditEntries.length },
  };
}

/** A new exhibit whose bytes one of ours already holds: the same evidence twice unless someone says otherwise. */
function sameFileAs(ours: CaseDocument, item: EvidenceItem): MergeRowPreview['decision'] {
  const sha = item.hashes.sha256 ?? item.attachment?.sha256;
  const twin = sha ? ours.evidence.find((e) => (e.hashes.sha256 ?? e.attachment?.sha256) === sha) : undefined;
  return twin ? { type: 'same-file-as', exhibit: twin.exhibitNo } : null;
}
