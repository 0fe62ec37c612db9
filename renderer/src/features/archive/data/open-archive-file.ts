import { ArchiveError } from '@shared/archive/archive-error';
import { sha256OfBlob } from '@shared/archive/byte-streams';
import { decryptArchive, isEncryptedArchive } from '@shared/archive/encryption';
import type { ImportSource } from '@shared/archive/prepare-import';
import { readCaseArchive, type ReadProgress, type VerifiedArchive } from '@shared/archive/read-archive';

export interface ArchiveFile {
  name: string;
  blob: Blob;
}

export type OpenedArchive =
  | { status: 'verified'; archive: VerifiedArchive; source: ImportSource }
  | { status: 'needs-passphrase' }
  | { status: 'refused'; error: ArchiveError };

/**
 * Opens an archive file the user chose: decrypts it when it is encrypted and
 * verifies everything in it (the same checks for an import and a merge).
 * Nothing is written; a refusal names what failed.
 */
export async function openArchiveFile(file: ArchiveFile, passphrase: string | null, onProgress?: (p: ReadProgress) => void): Promise<OpenedArchive> {
  try {
    const head = new Uint8Array(await file.blob.slice(0, 16).arrayBuffer());
    const isEncrypted = isEncryptedArchive(head);
    if (isEncrypted && !passphrase) return { status: 'needs-passphrase' };
    const sha256 = await sha256OfBlob(file.blob);
    const zip = isEncrypted ? await decryptArchive(file.blob, passphrase!) : file.blob;
    const archive = await readCaseArchive(zip, { onProgress });
    return { status: 'verified', archive, source: { fileName: file.name, sha256 } };
  } catch (error) {
    if (error instanceof ArchiveError) return { status: 'refused', error };
    throw error;
  }
}
