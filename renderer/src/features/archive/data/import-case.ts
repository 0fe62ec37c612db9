import type { StoredFile } from '@shared/domain/types';
import { attachmentsOf } from '@shared/archive/archive-files';
import { prepareImport, type ImportSource } from '@shared/archive/prepare-import';
import type { VerifiedArchive } from '@shared/archive/read-archive';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { writeAuditEntries } from '../../../db/audit-log';
import { newId } from '@shared/domain/new-id';
import { addEvidence } from '../../../db/evidence-store';

const ACTOR = 'local user';

/**
 * Writes a verified archive as a new case, all in one transaction: the case,
 * every row, the files this machine does not have yet, and the re-chained
 * audit log ending in its `case.import` entry. Any failure writes nothing.
 */
export async function importCaseArchive(
  database: ExpedienteDatabase, archive: VerifiedArchive, source: ImportSource, now = () => new Date(),
): Promise<{ caseId: string; idMap: Map<string, string> }> {
  const at = now();
  const { document: doc, idMap } = prepareImport(archive.document, archive.manifest, source, { newId, now: at, actor: ACTOR });
  const mimes = attachmentsOf(doc);
  const files: StoredFile[] = [...archive.files].map(([sha256, blob]) => ({
    sha256, blob, size: blob.size, mime: mimes.get(sha256)?.mime ?? 'application/octet-stream', storedAt: at.toISOString(),
  }));
  const d = database;
  await d.transaction('rw', [d.cases, d.parties, ...evidenceTables(d), d.files, d.tagGroups, d.tags, d.facts, d.expertReports, d.arguments, d.authorities, d.savedViews, d.exportRecords, ...auditTables(d)], async () => {
    await d.cases.add(doc.case);
    await Promise.all([
      d.parties.bulkAdd(doc.parties), addEvidence(d, doc.evidence), d.tagGroups.bulkAdd(doc.tagGroups), d.tags.bulkAdd(doc.tags),
      d.facts.bulkAdd(doc.facts), d.expertReports.bulkAdd(doc.expertReports), d.arguments.bulkAdd(doc.arguments),
      d.authorities.bulkAdd(doc.authorities), d.savedViews.bulkAdd(doc.savedViews), d.exportRecords.bulkAdd(doc.exportRecords),
      writeAuditEntries(d, doc.auditEntries),
    ]);
    // Content-addressed: a file this machine already holds is the same bytes (same SHA-256).
    const present = new Set((await d.files.bulkGet(files.map((f) => f.sha256))).filter((f) => f !== undefined).map((f) => f.sha256));
    await d.files.bulkAdd(files.filter((f) => !present.has(f.sha256)));
  });
  return { caseId: doc.case.id, idMap };
}
