import type { AuditDraft } from '../../audit/audit-chain';
import type { Case, EvidenceItem, Fact, Party } from '../../domain/types';
import { parseExhibitNo } from '../../evidence/exhibit-number';
import { caseTables, type CaseDocument, type CaseTable } from '../case-document';
import type { ArchiveManifest } from '../manifest';
import { idStringsIn, idsDefinedBy } from './id-references';
import { choiceFor, type MergeChoices } from './merge-choices';
import { auditEntityOf, type TableRow } from './merge-kinds';
import type { MergePreview, MergeRowPreview } from './merge-preview-types';
import { describeChange } from './merge-summary';

export interface MergeSource {
  fileName: string;
  /** SHA-256 of the archive file as opened (the encrypted bytes when it was encrypted). */
  sha256: string;
  manifest: ArchiveManifest;
  archiveCaseId: string;
}

export type MergeProblem =
  | { type: 'undecided'; label: string }
  | { type: 'dangling'; label: string; missing: string };

export interface MergePlan {
  case: Case;
  writes: { kind: CaseTable; row: TableRow; isNew: boolean }[];
  /** SHA-256 of the archive files whose bytes this machine does not hold yet and a written row needs. */
  files: string[];
  audit: AuditDraft[];
  problems: MergeProblem[];
  counts: { added: number; updated: number; leftOut: number; keptOurs: number };
}

function counters(ours: Case, added: MergeRowPreview[]): Pick<Case, 'lastExhibitCounter' | 'lastFactNumber' | 'lastPseudonymNumber'> {
  let { lastExhibitCounter, lastFactNumber, lastPseudonymNumber } = ours;
  for (const row of added) {
    if (row.kind === 'evidence') lastExhibitCounter = Math.max(lastExhibitCounter, parseExhibitNo(ours.exhibitPrefix, (row.theirs as EvidenceItem).exhibitNo) ?? 0);
    if (row.kind === 'facts') lastFactNumber = Math.max(lastFactNumber, (row.theirs as Fact).number);
    const v = row.kind === 'parties' ? /^V-(\d+)$/.exec((row.theirs as Party).pseudonym ?? '') : null;
    if (v) lastPseudonymNumber = Math.max(lastPseudonymNumber, Number(v[1]));
  }
  return { lastExhibitCounter, lastFactNumber, lastPseudonymNumber };
}

/** References that a merge would leave pointing at nothing: a row left out, or a nested item the other version drops. */
function danglingReferences(ours: CaseDocument, final: Pick<CaseDocument, 'case' | CaseTable>, preview: MergePreview): MergeProblem[] {
  const known = new Set([...idsDefinedBy(ours), ...preview.idMap.values()]);
  const before = new Set([...idStringsIn(ours)].filter((id) => !idsDefinedBy(ours).has(id)));
  const defined = idsDefinedBy(final);
  const problems: MergeProblem[] = [];
  for (const table of caseTables) {
    for (const row of final[table]) {
      for (const id of idStringsIn(row)) {
        if (known.has(id) && !defined.has(id) && !before.has(id)) {
          problems.push({ type: 'dangling', label: preview.names.get(row.id) ?? row.id, missing: preview.names.get(id) ?? id });
        }
      }
    }
  }
  return problems;
}

/**
 * Turns a preview and the choices made on it into what gets written: the
 * rows to add or replace, the new files, the case's counters, one audit
 * entry per added or updated row and one for the merge. Problems (a choice
 * not made, a reference left dangling) must be empty before writing.
 */
export function planMerge(
  ours: CaseDocument, preview: MergePreview, choices: MergeChoices, source: MergeSource, options: { now: Date; actor: string },
): MergePlan {
  const at = options.now.toISOString();
  const problems: MergeProblem[] = [];
  const added: MergeRowPreview[] = [];
  const updated: MergeRowPreview[] = [];
  const leftOut: MergeRowPreview[] = [];
  const keptOurs: MergeRowPreview[] = [];
  for (const row of preview.rows) {
    if (row.status === 'identical') continue;
    const choice = choiceFor(row, choices);
    if (choice === null) problems.push({ type: 'undecided', label: row.label });
    else if (choice === 'include') added.push(row);
    else if (choice === 'take-theirs') updated.push(row);
    else (choice === 'leave-out' ? leftOut : keptOurs).push(row);
  }
  const caseUpdate = updated.find((r) => r.kind === 'case');
  const writes = [...added, ...updated].filter((r) => r.kind !== 'case').map((r) => ({ kind: r.kind as CaseTable, row: r.theirs as TableRow, isNew: r.status === 'new' }));
  const theCase: Case = { ...(caseUpdate ? (caseUpdate.theirs as Case) : ours.case), ...counters(ours.case, added), updatedAt: writes.length || caseUpdate ? at : ours.case.updatedAt };

  const final = { case: theCase } as Pick<CaseDocument, 'case' | CaseTable>;
  for (const table of caseTables) {
    const replaced = new Map(writes.filter((w) => w.kind === table).map((w) => [w.row.id, w.row]));
    (final as Record<CaseTable, TableRow[]>)[table] = [...ours[table].map((r) => replaced.get(r.id) ?? r), ...writes.filter((w) => w.kind === table && w.isNew).map((w) => w.row)];
  }
  problems.push(...danglingReferences(ours, final, preview));

  const needed = new Set(writes.flatMap((w) => ('attachment' in w.row && w.row.attachment ? [w.row.attachment.sha256] : [])));
  const files = preview.files.filter((f) => f.isNew && needed.has(f.sha256)).map((f) => f.sha256);
  const draft = (row: MergeRowPreview, action: string): AuditDraft => ({
    caseId: ours.case.id, at, actor: options.actor, action: `${auditEntityOf[row.kind]}.${action}`, entity: auditEntityOf[row.kind], entityId: row.id,
    ...describeChange(row, action === 'merge-add', source.fileName),
  });
  const audit = [...added.map((r) => draft(r, 'merge-add')), ...updated.map((r) => draft(r, 'merge-update'))];
  const counts = { added: added.length, updated: updated.length, leftOut: leftOut.length, keptOurs: keptOurs.length };
  const m = source.manifest;
  audit.push({
    caseId: ours.case.id, at, actor: options.actor, action: 'case.merge', entity: 'case', entityId: ours.case.id,
    summary: `Archive ${source.fileName} (SHA-256 ${source.sha256}) merged: ${counts.added} added, ${counts.updated} updated, ${counts.keptOurs} kept as ours, ${counts.leftOut} left out, ${files.length} new files; its audit chain of ${m.audit.entries} entries ended at ${m.audit.headHash} and is not copied into this case's log`,
    change: {
      archive: { fileName: source.fileName, sha256: source.sha256, formatVersion: m.formatVersion, appVersion: m.appVersion, createdAt: m.createdAt },
      original: { caseId: source.archiveCaseId, auditHeadHash: m.audit.headHash, auditEntries: m.audit.entries },
      relation: preview.relation,
      added: added.map((r) => r.id), updated: updated.map((r) => r.id), keptOurs: keptOurs.map((r) => r.id), leftOut: leftOut.map((r) => r.key),
      files, idMap: Object.fromEntries([...added, ...updated].map((r) => [r.key, r.id])),
    },
  });
  return { case: theCase, writes, files, audit, problems, counts };
}
