import { BlobWriter, TextReader, ZipWriter, configure } from '@zip.js/zip.js';
import { GENESIS_HASH } from '../audit/audit-chain';
import { sha256Hex } from '../audit/sha256';
import { ArchiveError, short } from './archive-error';
import { attachmentsOf } from './archive-files';
import { hashingTap } from './byte-streams';
import { CASE_FORMAT_VERSION, type CaseDocument } from './case-document';
import { ARCHIVE_FORMAT_NAME, ARCHIVE_FORMAT_VERSION, filePath, type ArchiveManifest, type ManifestEntry } from './manifest';
import { CASE_JSON, MANIFEST_JSON } from './zip-rules';

// No worker scripts (the CSP allows none from blob: URLs) — the archive code already runs where the caller put it.
configure({ useWebWorkers: false });

export interface ArchiveProgress {
  phase: 'files' | 'case' | 'finish';
  doneBytes: number;
  totalBytes: number;
}

export interface WriteArchiveInput {
  document: CaseDocument;
  appVersion: string;
  /** The stored bytes of a file, or null when the store does not have it. */
  readFile(sha256: string): Promise<Blob | null>;
  onProgress?(progress: ArchiveProgress): void;
  now?: () => Date;
}

export interface WrittenArchive {
  blob: Blob;
  manifest: ArchiveManifest;
}

/**
 * Writes a case archive (zip): files/<sha256> streamed one at a time from the
 * store and hashed on the way (a stored file that no longer matches its hash
 * stops the export), then case.json, then manifest.json. Media is stored, not
 * deflated: it is already compressed, and deflating gigabytes in JavaScript
 * would only cost time.
 */
export async function writeCaseArchive(input: WriteArchiveInput): Promise<WrittenArchive> {
  const { document: doc } = input;
  const at = (input.now ?? (() => new Date()))();
  const refs = attachmentsOf(doc);
  for (const item of doc.evidence) {
    const sha = item.hashes.sha256;
    if (item.sensitivity === 'withheld' && sha && refs.has(sha)) {
      throw new ArchiveError('withheld-bytes', `${refs.get(sha)!.owner}: its file has the SHA-256 of withheld item ${item.exhibitNo}; withheld material never leaves the app`, { exhibit: item.exhibitNo, sha256: sha });
    }
  }
  const totalBytes = [...refs.values()].reduce((sum, r) => sum + r.size, 0);
  let doneBytes = 0;
  const progress = (phase: ArchiveProgress['phase']) => input.onProgress?.({ phase, doneBytes, totalBytes });
  const zip = new ZipWriter(new BlobWriter('application/zip'), { lastModDate: at, extendedTimestamp: false, keepOrder: true });
  const files: ManifestEntry[] = [];
  for (const [sha, ref] of refs) {
    const blob = await input.readFile(sha);
    if (!blob) throw new ArchiveError('attachment-missing', `${ref.owner}: its file ${short(sha)} is missing from this machine's store; run “Verify integrity”`, { owner: ref.owner, sha256: sha });
    const tap = hashingTap((n) => { doneBytes += n; progress('files'); });
    await zip.add(filePath(sha), blob.stream().pipeThrough(tap.stream), { level: 0, uncompressedSize: blob.size, zip64: blob.size >= 0xffff_0000 });
    if (tap.sha256() !== sha) {
      throw new ArchiveError('file-hash-mismatch', `${ref.owner}: its stored file no longer matches SHA-256 ${short(sha)}; run “Verify integrity”`, { name: ref.owner, sha256: sha });
    }
    files.push({ path: filePath(sha), sha256: sha, size: tap.size() });
  }
  progress('case');
  const caseJson = JSON.stringify(doc);
  const caseBytes = new TextEncoder().encode(caseJson);
  await zip.add(CASE_JSON, new TextReader(caseJson), { level: 6 });
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT_NAME,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: input.appVersion,
    createdAt: at.toISOString(),
    caseFormatVersion: CASE_FORMAT_VERSION,
    caseDocument: { path: CASE_JSON, sha256: sha256Hex(caseBytes), size: caseBytes.byteLength },
    files,
    audit: { headHash: doc.auditEntries.at(-1)?.hash ?? GENESIS_HASH, entries: doc.auditEntries.length },
  };
  await zip.add(MANIFEST_JSON, new TextReader(JSON.stringify(manifest, null, 2)), { level: 6 });
  progress('finish');
  const blob = await zip.close(undefined, { zip64: files.length > 60_000 || totalBytes >= 0xffff_0000 });
  return { blob, manifest };
}
