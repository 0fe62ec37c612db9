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
  /** The attachment being written: its exhibit number (or report title) and file name. */
  current?: { owner: string; name: string };
}

export interface WriteArchiveInput {
  document: CaseDocument;
  appVersion: string;
  /** The stored bytes of a file, or null when the store does not have it. */
  readFile(sha256: string): Promise<Blob | null>;
  onProgress?(progress: ArchiveProgress): void;
  now?: () => Date;
  /** Stops the export between (and inside) entries; the error is the signal's reason. */
  signal?: AbortSignal;
}

export interface WrittenArchive {
  blob: Blob;
  manifest: ArchiveManifest;
}

/**
 * Writes a case archive (zip) into a stream — a file the shell holds open, a
 * download being assembled — optionally through transforms (encryption, a
 * hash of what is written). Bytes flow with backpressure, so memory stays at
 * a few chunks whatever the size of the attachments. On any failure or abort
 * the target is aborted (the shell deletes the partial file) and the error
 * is rethrown.
 */
export async function writeCaseArchiveTo(
  target: WritableStream<Uint8Array>, input: WriteArchiveInput, through: readonly TransformStream<Uint8Array, Uint8Array>[] = [],
): Promise<ArchiveManifest> {
  const stop = new AbortController();
  const pipe = new TransformStream<Uint8Array, Uint8Array>();
  const readable = through.reduce<ReadableStream<Uint8Array>>((stream, step) => stream.pipeThrough(step), pipe.readable);
  const piped = readable.pipeTo(target, { signal: stop.signal });
  piped.catch(() => undefined); // awaited below; this only keeps an early failure from being reported as unhandled
  try {
    const at = (input.now ?? (() => new Date()))();
    const manifest = await writeEntries(new ZipWriter(pipe.writable, zipOptions(at)), input, at);
    await piped;
    return manifest;
  } catch (error) {
    stop.abort(error);
    await piped.catch(() => undefined);
    throw error;
  }
}

/** Writes a case archive into a Blob (tests, the CLI, small cases). */
export async function writeCaseArchive(input: WriteArchiveInput): Promise<WrittenArchive> {
  const at = (input.now ?? (() => new Date()))();
  const writer = new BlobWriter('application/zip');
  const manifest = await writeEntries(new ZipWriter(writer, zipOptions(at)), input, at);
  return { blob: await writer.getData(), manifest };
}

function zipOptions(at: Date) {
  return { lastModDate: at, extendedTimestamp: false, keepOrder: true } as const;
}

/**
 * Writes a case archive (zip): files/<sha256> streamed one at a time from the
 * store and hashed on the way (a stored file that no longer matches its hash
 * stops the export), then case.json, then manifest.json. Media is stored, not
 * deflated: it is already compressed, and deflating gigabytes in JavaScript
 * would only cost time.
 */
async function writeEntries(zip: ZipWriter<unknown>, input: WriteArchiveInput, at: Date): Promise<ArchiveManifest> {
  const { document: doc, signal } = input;
  const refs = attachmentsOf(doc);
  for (const item of doc.evidence) {
    const sha = item.hashes.sha256;
    if (item.sensitivity === 'withheld' && sha && refs.has(sha)) {
      throw new ArchiveError('withheld-bytes', `${refs.get(sha)!.owner}: its file has the SHA-256 of withheld item ${item.exhibitNo}; withheld material never leaves the app`, { exhibit: item.exhibitNo, sha256: sha });
    }
  }
  const totalBytes = [...refs.values()].reduce((sum, r) => sum + r.size, 0);
  let doneBytes = 0;
  let current: ArchiveProgress['current'];
  const progress = (phase: ArchiveProgress['phase']) => input.onProgress?.({ phase, doneBytes, totalBytes, ...(current ? { current } : {}) });
  const files: ManifestEntry[] = [];
  for (const [sha, ref] of refs) {
    signal?.throwIfAborted();
    current = { owner: ref.owner, name: ref.name };
    const blob = await input.readFile(sha);
    if (!blob) throw new ArchiveError('attachment-missing', `${ref.owner}: its file ${short(sha)} is missing from this machine's store; run “Verify integrity”`, { owner: ref.owner, sha256: sha });
    const tap = hashingTap((n) => { doneBytes += n; progress('files'); });
    // Blob.stream() reads the stored file in slices; nothing holds the whole attachment.
    await zip.add(filePath(sha), blob.stream().pipeThrough(tap.stream), { level: 0, uncompressedSize: blob.size, zip64: blob.size >= 0xffff_0000, ...(signal ? { signal } : {}) });
    if (tap.sha256() !== sha) {
      throw new ArchiveError('file-hash-mismatch', `${ref.owner}: its stored file no longer matches SHA-256 ${short(sha)}; run “Verify integrity”`, { name: ref.owner, sha256: sha });
    }
    files.push({ path: filePath(sha), sha256: sha, size: tap.size() });
  }
  signal?.throwIfAborted();
  current = undefined;
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
  signal?.throwIfAborted();
  await zip.close(undefined, { zip64: files.length > 60_000 || totalBytes >= 0xffff_0000 });
  return manifest;
}
