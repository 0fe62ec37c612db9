import { hashingTap } from '@shared/archive/byte-streams';
import { createEncryptingStream } from '@shared/archive/encryption';
import type { ArchiveManifest } from '@shared/archive/manifest';
import { writeCaseArchiveTo, type ArchiveProgress } from '@shared/archive/write-archive';
import type { ExpedienteDatabase } from '../../../db/database';
import { loadCaseDocument } from './load-case-document';

export interface StreamedArchive {
  /** SHA-256 and size of the file as written (encrypted bytes when encrypted). */
  sha256: string;
  size: number;
  manifest: ArchiveManifest;
  isEncrypted: boolean;
}

export interface StreamArchiveOptions {
  passphrase: string | null;
  onProgress(progress: ArchiveProgress): void;
  signal?: AbortSignal;
}

/**
 * Writes the archive of a case into `target` as it is built: each stored file
 * read in slices, zipped, encrypted chunk by chunk when a passphrase is given,
 * and hashed on its way out — memory stays at a few chunks whatever the size
 * of the case. On failure or cancel the target is aborted.
 */
export async function streamCaseArchive(
  database: ExpedienteDatabase, caseId: string, appVersion: string, target: WritableStream<Uint8Array>, options: StreamArchiveOptions,
): Promise<StreamedArchive> {
  const tap = hashingTap();
  let document: Awaited<ReturnType<typeof loadCaseDocument>>;
  let through: TransformStream<Uint8Array, Uint8Array>[];
  try {
    document = await loadCaseDocument(database, caseId);
    through = options.passphrase ? [await createEncryptingStream(options.passphrase), tap.stream] : [tap.stream];
  } catch (error) {
    await target.abort(error).catch(() => undefined); // the shell deletes the (still empty) file it opened
    throw error;
  }
  const manifest = await writeCaseArchiveTo(target, {
    document, appVersion, onProgress: options.onProgress,
    readFile: async (sha) => (await database.files.get(sha))?.blob ?? null,
    ...(options.signal ? { signal: options.signal } : {}),
  }, through);
  return { sha256: tap.sha256(), size: tap.size(), manifest, isEncrypted: options.passphrase !== null };
}
