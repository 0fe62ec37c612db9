import { ERR_UNSAFE_FILENAME, ZipReader, configure, type Entry, type FileEntry } from '@zip.js/zip.js';
import { z } from 'zod';
import { ArchiveError, short } from './archive-error';
import { verifyingSink } from './byte-streams';
import { caseDocumentSchema, type CaseDocument } from './case-document';
import { migrateCaseDocument } from './format-version';
import { manifestSchema, type ArchiveManifest } from './manifest';
import { SourceReader, blobSource, type RandomAccessSource } from './random-access';
import { parseJsonSafely } from './safe-json';
import { verifyDocument } from './verify-document';
import { CASE_JSON, DEFAULT_LIMITS, MANIFEST_JSON, checkDeclaredSizes, checkEntryName, roleOf, type ArchiveLimits } from './zip-rules';

configure({ useWebWorkers: false });

export interface VerifiedArchive {
  document: CaseDocument;
  manifest: ArchiveManifest;
  /** Every file's bytes by SHA-256, each re-hashed against the manifest (empty when keepFiles is false). */
  files: Map<string, Blob>;
}

export interface ReadProgress {
  doneBytes: number;
  totalBytes: number;
}

export interface ReadArchiveOptions {
  limits?: ArchiveLimits;
  onProgress?(progress: ReadProgress): void;
  /**
   * Keep each verified file's bytes (staged in Blobs of 16 MB, which a browser
   * pages to disk) for the import to store; false only hashes them.
   */
  keepFiles?: boolean;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function schemaError(where: string, error: z.ZodError): ArchiveError {
  const first = error.issues[0];
  const path = first ? first.path.join('.') : '';
  const detail = first ? `${path ? `${path}: ` : ''}${first.message}` : 'invalid';
  return new ArchiveError(where === CASE_JSON ? 'schema-invalid' : 'manifest-invalid', `${where}: ${detail}`, { where, detail });
}

async function inflate(entry: FileEntry, onBytes?: (n: number) => void, keep = true) {
  const sink = verifyingSink(entry.filename, entry.uncompressedSize, onBytes, keep);
  try {
    await entry.getData(sink.writable, { checkOverlappingEntry: true, strictness: 'strict' });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const cause = error instanceof Error ? (error.cause instanceof ArchiveError ? error.cause : error) : null;
    if (cause instanceof ArchiveError) throw cause;
    // zip.js stops at the declared size itself, before our sink sees the extra bytes.
    if (cause?.message === 'Invalid uncompressed size') {
      throw new ArchiveError('size-mismatch', `${entry.filename}: inflates to more than the ${entry.uncompressedSize} bytes it declares (a zip bomb?)`, { name: entry.filename, size: entry.uncompressedSize });
    }
    throw new ArchiveError('unreadable-zip', `${entry.filename}: cannot be read (${cause?.message ?? String(error)})`, { name: entry.filename, detail: cause?.message ?? String(error) });
  }
  return sink.result();
}

async function readJson(entry: FileEntry): Promise<{ value: unknown; sha256: string; size: number }> {
  const { blob, sha256, size } = await inflate(entry);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await blob.arrayBuffer());
  return { value: parseJsonSafely(text, entry.filename), sha256, size };
}

async function listEntries(source: RandomAccessSource): Promise<{ reader: ZipReader<RandomAccessSource>; entries: Entry[] }> {
  const head = await source.read(0, 4);
  if (head.length < 4 || ZIP_MAGIC.some((b, i) => head[i] !== b)) {
    throw new ArchiveError('not-an-archive', 'This file is not a case archive (it is not a zip file)');
  }
  // Listing is 'balanced' so our own checks name an unsafe or duplicate entry; reading each entry is 'strict'.
  const reader = new ZipReader(new SourceReader(source), { strictness: 'balanced' });
  try {
    return { reader, entries: await reader.getEntries() };
  } catch (error) {
    // A decrypting source names a chunk that fails authentication; that is the real reason.
    if (error instanceof ArchiveError) throw error;
    if (error instanceof Error && error.cause instanceof ArchiveError) throw error.cause;
    const detail = error instanceof Error ? error.message : String(error);
    // zip.js refuses names that escape a folder while listing; say which, like our own check does.
    if (detail === ERR_UNSAFE_FILENAME) checkEntryName(String((error as { filename?: unknown }).filename ?? '..'));
    throw new ArchiveError('unreadable-zip', `The archive's zip directory cannot be read (${detail})`, { name: 'zip', detail });
  }
}

/**
 * Reads and verifies a case archive without writing anything: entry names,
 * declared sizes and ratios, the manifest, case.json's schema (after version
 * checks and migration), every file's SHA-256 and size, the audit chain and
 * its head. Throws an ArchiveError naming exactly what failed.
 */
export async function readCaseArchive(input: Blob | RandomAccessSource, options: ReadArchiveOptions = {}): Promise<VerifiedArchive> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const keep = options.keepFiles ?? true;
  const { reader, entries } = await listEntries(input instanceof Blob ? blobSource(input) : input);
  try {
    const byName = new Map<string, FileEntry>();
    for (const entry of entries) {
      checkEntryName(entry.filename);
      if (byName.has(entry.filename)) throw new ArchiveError('duplicate-entry', `${entry.filename}: appears twice in the archive`, { name: entry.filename });
      if (entry.encrypted) throw new ArchiveError('unreadable-zip', `${entry.filename}: zip-encrypted entries are not part of the format`, { name: entry.filename, detail: 'encrypted entry' });
      if (!entry.directory) byName.set(entry.filename, entry);
      else roleOf(entry.filename);
    }
    checkDeclaredSizes([...byName.values()].map((e) => ({ name: e.filename, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize })), limits);

    const manifestEntry = byName.get(MANIFEST_JSON);
    const caseEntry = byName.get(CASE_JSON);
    if (!manifestEntry) throw new ArchiveError('missing-entry', 'manifest.json is missing from the archive', { name: MANIFEST_JSON });
    if (!caseEntry) throw new ArchiveError('missing-entry', 'case.json is missing from the archive', { name: CASE_JSON });

    const parsedManifest = manifestSchema.safeParse((await readJson(manifestEntry)).value);
    if (!parsedManifest.success) throw schemaError(MANIFEST_JSON, parsedManifest.error);
    const manifest = parsedManifest.data;

    const caseJson = await readJson(caseEntry);
    if (caseJson.sha256 !== manifest.caseDocument.sha256 || caseJson.size !== manifest.caseDocument.size) {
      throw new ArchiveError('file-hash-mismatch', `case.json: SHA-256 or size does not match the manifest`, { name: CASE_JSON });
    }
    const parsedCase = caseDocumentSchema.safeParse(migrateCaseDocument(caseJson.value));
    if (!parsedCase.success) throw schemaError(CASE_JSON, parsedCase.error);
    const document = parsedCase.data;

    const listed = new Set<string>();
    for (const f of manifest.files) {
      if (f.path !== `files/${f.sha256}`) throw new ArchiveError('manifest-invalid', `manifest.json: ${f.path} is not named after its SHA-256`, { where: MANIFEST_JSON, detail: f.path });
      if (listed.has(f.path)) throw new ArchiveError('manifest-invalid', `manifest.json: ${f.path} is listed twice`, { where: MANIFEST_JSON, detail: f.path });
      listed.add(f.path);
      if (!byName.has(f.path)) throw new ArchiveError('manifest-missing-file', `files/${short(f.sha256)}: listed in the manifest but not in the archive`, { name: `files/${short(f.sha256)}` });
    }
    for (const name of byName.keys()) {
      if (roleOf(name) === 'file' && !listed.has(name)) throw new ArchiveError('manifest-unlisted-file', `${name}: in the archive but not in the manifest`, { name });
    }
    verifyDocument(document, manifest);

    const totalBytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    let doneBytes = 0;
    const files = new Map<string, Blob>();
    for (const f of manifest.files) {
      const entry = byName.get(f.path)!;
      const name = `files/${short(f.sha256)}`;
      if (entry.uncompressedSize !== f.size) {
        throw new ArchiveError('file-size-mismatch', `${name}: the zip declares ${entry.uncompressedSize} bytes, the manifest ${f.size}`, { name, expected: f.size, actual: entry.uncompressedSize });
      }
      const got = await inflate(entry, (n) => { doneBytes += n; options.onProgress?.({ doneBytes, totalBytes }); }, keep);
      if (got.sha256 !== f.sha256) throw new ArchiveError('file-hash-mismatch', `${name}: SHA-256 does not match the manifest`, { name });
      if (keep) files.set(f.sha256, got.blob);
    }
    return { document, manifest, files };
  } finally {
    await reader.close();
  }
}
