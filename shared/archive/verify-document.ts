import { verifyAuditChain } from '../audit/audit-chain';
import { ArchiveError, short } from './archive-error';
import { attachmentsOf } from './archive-files';
import { caseTables, type CaseDocument } from './case-document';
import type { ArchiveManifest } from './manifest';

/**
 * The checks that need the whole document and manifest: every row belongs to
 * the case, the audit chain is intact and ends at the manifest's head hash,
 * withheld items have no bytes in the archive, and every attachment's bytes
 * are there.
 */
export function verifyDocument(doc: CaseDocument, manifest: ArchiveManifest): void {
  const caseId = doc.case.id;
  for (const table of caseTables) {
    for (const row of doc[table]) {
      if (row.caseId !== caseId) {
        throw new ArchiveError('foreign-case-row', `case.json: ${table} ${row.id} belongs to another case (${row.caseId})`, { table, id: row.id });
      }
    }
  }
  const seen = new Set<string>();
  for (const table of caseTables) {
    for (const row of doc[table]) {
      if (seen.has(row.id)) throw new ArchiveError('schema-invalid', `case.json: the id ${row.id} is used twice`, { detail: `duplicate id ${row.id}` });
      seen.add(row.id);
    }
  }
  const foreignEntry = doc.auditEntries.find((e) => e.caseId !== caseId);
  if (foreignEntry) throw new ArchiveError('foreign-case-row', `case.json: audit entry ${foreignEntry.seq} belongs to another case`, { table: 'auditEntries', id: String(foreignEntry.seq) });

  const chain = verifyAuditChain(doc.auditEntries);
  if (!chain.intact) {
    throw new ArchiveError('audit-chain-broken', `case.json: the audit chain breaks at entry ${chain.brokenAtSeq} (${chain.reason})`, { seq: chain.brokenAtSeq, reason: chain.reason });
  }
  if (chain.headHash !== manifest.audit.headHash || chain.entries !== manifest.audit.entries) {
    throw new ArchiveError('audit-head-mismatch', `manifest.json: audit head ${short(manifest.audit.headHash)} (${manifest.audit.entries} entries) does not match the chain in case.json (${short(chain.headHash)}, ${chain.entries} entries)`, { expected: manifest.audit.headHash, actual: chain.headHash });
  }

  const archived = new Set(manifest.files.map((f) => f.sha256));
  for (const item of doc.evidence) {
    const sha = item.hashes.sha256;
    if (item.sensitivity === 'withheld' && sha && archived.has(sha)) {
      throw new ArchiveError('withheld-bytes', `files/${short(sha)}: the archive carries bytes of withheld item ${item.exhibitNo}; withheld material is never stored`, { exhibit: item.exhibitNo, sha256: sha });
    }
  }
  for (const [sha, ref] of attachmentsOf(doc)) {
    if (!archived.has(sha)) throw new ArchiveError('attachment-missing', `${ref.owner}: its file files/${short(sha)} is not in the archive`, { owner: ref.owner, sha256: sha });
    const listed = manifest.files.find((f) => f.sha256 === sha)!;
    if (listed.size !== ref.size) throw new ArchiveError('file-size-mismatch', `files/${short(sha)}: ${listed.size} bytes, but ${ref.owner} records ${ref.size}`, { name: `files/${short(sha)}`, expected: ref.size, actual: listed.size });
  }
}
