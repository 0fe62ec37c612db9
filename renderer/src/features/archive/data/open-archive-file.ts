import { ArchiveError } from '@shared/archive/archive-error';
import { sha256OfSource } from '@shared/archive/byte-streams';
import { openDecryptingSource } from '@shared/archive/decrypting-source';
import { isEncryptedArchive } from '@shared/archive/encryption';
import type { ImportSource } from '@shared/archive/prepare-import';
import { blobSource, type RandomAccessSource } from '@shared/archive/random-access';
import { readCaseArchive, type VerifiedArchive } from '@shared/archive/read-archive';

/** An archive file the user chose: read by ranges (a file the shell holds open, or a Blob), never whole. */
export interface ArchiveFile {
  name: string;
  source: RandomAccessSource;
}

export const archiveFileFromBlob = (name: string, blob: Blob): ArchiveFile => ({ name, source: blobSource(blob) });

/** How far the checks are: first the archive file's own SHA-256, then every file in it. */
export interface OpenProgress {
  phase: 'hash' | 'verify';
  doneBytes: number;
  totalBytes: number;
}

export type OpenedArchive =
  | { status: 'verified'; archive: VerifiedArchive; source: ImportSource }
  | { status: 'needs-passphrase' }
  | { status: 'refused'; error: ArchiveError };

/**
 * Opens an archive file the user chose and verifies everything in it (the
 * same checks for an import and a merge): the zip is read by ranges, an
 * encrypted one decrypted chunk by chunk on the way, every file hashed
 * against the manifest and staged in Blobs (which the browser pages to disk),
 * and every encrypted chunk authenticated, before anything is written.
 * Nothing is written here; a refusal names what failed.
 */
export async function openArchiveFile(file: ArchiveFile, passphrase: string | null, onProgress?: (p: OpenProgress) => void): Promise<OpenedArchive> {
  try {
    const isEncrypted = isEncryptedArchive(await file.source.read(0, 16));
    if (isEncrypted && !passphrase) return { status: 'needs-passphrase' };
    const zip = isEncrypted ? await openDecryptingSource(file.source, passphrase!) : null;
    let hashed = 0;
    const sha256 = await sha256OfSource(file.source, (n) => { hashed += n; onProgress?.({ phase: 'hash', doneBytes: hashed, totalBytes: file.source.size }); });
    const archive = await readCaseArchive(zip ?? file.source, { onProgress: (p) => onProgress?.({ phase: 'verify', ...p }) });
    await zip?.authenticateRest();
    return { status: 'verified', archive, source: { fileName: file.name, sha256 } };
  } catch (error) {
    if (error instanceof ArchiveError) return { status: 'refused', error };
    throw error;
  }
}
