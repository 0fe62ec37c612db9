import { chainAuditEntry } from '../audit/audit-chain';
import type { AuditEntry } from '../domain/types';
import type { CaseDocument } from './case-document';
import { definedIds } from './merge/defined-ids';
import type { ArchiveManifest } from './manifest';
import { mapIds } from './map-ids';

export interface ImportSource {
  fileName: string;
  /** SHA-256 of the archive file as opened (encrypted bytes when it was encrypted). */
  sha256: string;
}

export interface PreparedImport {
  document: CaseDocument;
  /** Archive id → new id, for every case, row and nested item id. */
  idMap: Map<string, string>;
}

/**
 * Turns a verified archive into a new case: fresh ids everywhere (so the same
 * archive can be imported twice, or beside the case it came from), exhibit
 * and fact numbers kept, the audit log re-chained under the new ids and
 * closed by a `case.import` entry that records the archive, its original
 * head hash and the id map — mapping the log back through that map
 * reproduces the archived chain, so its history stays provable.
 */
export function prepareImport(
  doc: CaseDocument, manifest: ArchiveManifest, source: ImportSource,
  options: { newId: () => string; now: Date; actor: string },
): PreparedImport {
  const idMap = new Map(definedIds(doc).map((id) => [id, options.newId()]));
  const mapped = mapIds(doc, idMap);
  const newCaseId = idMap.get(doc.case.id)!;
  let previous: AuditEntry | undefined;
  const auditEntries: AuditEntry[] = mapped.auditEntries.map(({ seq: _seq, prevHash: _p, hash: _h, ...draft }) => (previous = chainAuditEntry(draft, previous)));
  const at = options.now.toISOString();
  auditEntries.push(chainAuditEntry({
    caseId: newCaseId, at, actor: options.actor, action: 'case.import', entity: 'case', entityId: newCaseId,
    summary: `Case imported from archive ${source.fileName} (SHA-256 ${source.sha256}); its audit chain of ${manifest.audit.entries} entries ended at ${manifest.audit.headHash}`,
    change: {
      archive: { fileName: source.fileName, sha256: source.sha256, formatVersion: manifest.formatVersion, appVersion: manifest.appVersion, createdAt: manifest.createdAt },
      original: { caseId: doc.case.id, auditHeadHash: manifest.audit.headHash, auditEntries: manifest.audit.entries },
      idMap: Object.fromEntries(idMap),
    },
  }, previous));
  return { document: { ...mapped, auditEntries }, idMap };
}
