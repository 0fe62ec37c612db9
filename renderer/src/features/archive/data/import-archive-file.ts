import { ArchiveError } from '@shared/archive/archive-error';
import { sha256OfBlob } from '@shared/archive/byte-streams';
import { decryptArchive, isEncryptedArchive } from '@shared/archive/encryption';
import { readCaseArchive, type ReadProgress } from '@shared/archive/read-archive';
import type { ExpedienteDatabase } from '../../../db/database';
import { importCaseArchive } from './import-case';

export type ImportOutcome =
  | { status: 'imported'; caseId: string; title: string; exhibits: number; files: number }
  | { status: 'needs-passphrase' }
  | { status: 'refused'; error: ArchiveError };

export interface ArchiveFile {
  name: string;
  blob: Blob;
}

/**
 * Opens an archive file the user chose: decrypts it when it is encrypted,
 * verifies everything, and only then writes the new case (one transaction).
 * A refusal names what failed; nothing is written.
 */
export async function importArchiveFile(
  database: ExpedienteDatabase, file: ArchiveFile, passphrase: string | null, onProgress?: (p: ReadProgress) => void,
): Promise<ImportOutcome> {
  try {
    const head = new Uint8Array(await file.blob.slice(0, 16).arrayBuffer());
    const isEncrypted = isEncryptedArchive(head);
    if (isEncrypted && !passphrase) return { status: 'needs-passphrase' };
    const sha256 = await sha256OfBlob(file.blob);
    const zip = isEncrypted ? await decryptArchive(file.blob, passphrase!) : file.blob;
    const verified = await readCaseArchive(zip, { onProgress });
    const { caseId } = await importCaseArchive(database, verified, { fileName: file.name, sha256 });
    return { status: 'imported', caseId, title: verified.document.case.title, exhibits: verified.document.evidence.length, files: verified.files.size };
  } catch (error) {
    if (error instanceof ArchiveError) return { status: 'refused', error };
    throw error;
  }
}
