import { sha256OfBlob } from '@shared/archive/byte-streams';
import { encryptArchive } from '@shared/archive/encryption';
import type { ArchiveManifest } from '@shared/archive/manifest';
import { writeCaseArchive, type ArchiveProgress } from '@shared/archive/write-archive';
import type { ExpedienteDatabase } from '../../../db/database';
import { loadCaseDocument } from './load-case-document';

export interface BuiltArchive {
  blob: Blob;
  sha256: string;
  manifest: ArchiveManifest;
  isEncrypted: boolean;
}

/** Builds the archive of a case from the database (files streamed from the blob store), encrypted when a passphrase is given. */
export async function buildCaseArchive(
  database: ExpedienteDatabase, caseId: string, appVersion: string, passphrase: string | null,
  onProgress: (p: ArchiveProgress | { phase: 'encrypt'; doneBytes: number; totalBytes: number }) => void,
): Promise<BuiltArchive> {
  const document = await loadCaseDocument(database, caseId);
  const { blob: zip, manifest } = await writeCaseArchive({
    document, appVersion, onProgress,
    readFile: async (sha) => (await database.files.get(sha))?.blob ?? null,
  });
  const blob = passphrase
    ? await encryptArchive(zip, passphrase, { onProgress: (doneBytes, totalBytes) => onProgress({ phase: 'encrypt', doneBytes, totalBytes }) })
    : zip;
  return { blob, sha256: await sha256OfBlob(blob), manifest, isEncrypted: passphrase !== null };
}
