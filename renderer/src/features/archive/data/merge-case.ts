import { caseTables, type CaseDocument } from '@shared/archive/case-document';
import { attachmentsOf } from '@shared/archive/archive-files';
import type { MergeChoices } from '@shared/archive/merge/merge-choices';
import type { TableRow } from '@shared/archive/merge/merge-kinds';
import { planMerge, type MergePlan, type MergeSource } from '@shared/archive/merge/merge-plan';
import type { MergePreview } from '@shared/archive/merge/merge-preview-types';
import type { VerifiedArchive } from '@shared/archive/read-archive';
import type { EvidenceItem, StoredFile } from '@shared/domain/types';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { auditBatch, auditHead } from '../../../db/audit-log';
import { putEvidence } from '../../../db/evidence-store';

const ACTOR = 'local user';

/** Why a confirmed merge was not written. Nothing was. */
export class MergeRefused extends Error {
  constructor(readonly reason: 'case-changed' | 'problems', message: string) {
    super(message);
    this.name = 'MergeRefused';
  }
}

/**
 * Writes a merge the user confirmed, in one transaction: the rows added or
 * taken from the archive, the files this machine lacks, the case's counters,
 * and one audit entry per row plus one for the merge. It refuses — writing
 * nothing — if a problem is left or the case changed since the preview (its
 * audit head moved: every change to a case writes an entry).
 */
export async function writeMerge(
  database: ExpedienteDatabase, ours: CaseDocument, preview: MergePreview, choices: MergeChoices, archive: VerifiedArchive,
  source: Omit<MergeSource, 'manifest' | 'archiveCaseId'>, now = () => new Date(),
): Promise<MergePlan> {
  const at = now();
  const plan = planMerge(ours, preview, choices, { ...source, manifest: archive.manifest, archiveCaseId: archive.document.case.id }, { now: at, actor: ACTOR });
  if (plan.problems.length) throw new MergeRefused('problems', `${plan.problems.length} problems left in the merge`);
  const mimes = attachmentsOf(archive.document);
  const files: StoredFile[] = plan.files.map((sha256) => {
    const blob = archive.files.get(sha256)!;
    return { sha256, blob, size: blob.size, mime: mimes.get(sha256)?.mime ?? 'application/octet-stream', storedAt: at.toISOString() };
  });
  const d = database;
  // The database's tables carry the case-format table names, except evidence, which is stored in pages.
  const rowTables = caseTables.filter((t) => t !== 'evidence');
  await d.transaction('rw', [d.cases, d.files, ...auditTables(d), ...evidenceTables(d), ...rowTables.map((t) => d.table(t))], async () => {
    const head = await auditHead(d, preview.caseId);
    if ((head?.hash ?? null) !== (ours.auditEntries.at(-1)?.hash ?? null) || (head?.seq ?? 0) !== preview.basis.entries) {
      throw new MergeRefused('case-changed', 'The case changed since the preview');
    }
    await d.cases.put(plan.case);
    for (const table of rowTables) {
      const rows = plan.writes.filter((w) => w.kind === table).map((w) => w.row);
      if (rows.length) await d.table<TableRow, string>(table).bulkPut(rows);
    }
    await putEvidence(d, plan.writes.flatMap((w) => (w.kind === 'evidence' ? [w.row as EvidenceItem] : [])));
    const present = new Set((await d.files.bulkGet(files.map((f) => f.sha256))).filter((f) => f !== undefined).map((f) => f.sha256));
    await d.files.bulkAdd(files.filter((f) => !present.has(f.sha256)));
    const batch = await auditBatch(d, preview.caseId);
    for (const draft of plan.audit) batch.add(draft);
    await batch.write();
  });
  return plan;
}
