import type { ArchiveError } from '@shared/archive/archive-error';
import type { ExpedienteDatabase } from '../../../db/database';
import { importCaseArchive } from './import-case';
import { openArchiveFile, type ArchiveFile, type OpenProgress } from './open-archive-file';

export { archiveFileFromBlob, type ArchiveFile } from './open-archive-file';

export type ImportOutcome =
  | { status: 'imported'; caseId: string; title: string; exhibits: number; files: number }
  | { status: 'needs-passphrase' }
  | { status: 'refused'; error: ArchiveError };

/**
 * Opens an archive file the user chose: decrypts it when it is encrypted,
 * verifies everything, and only then writes the new case (one transaction).
 * A refusal names what failed; nothing is written.
 */
export async function importArchiveFile(
  database: ExpedienteDatabase, file: ArchiveFile, passphrase: string | null, onProgress?: (p: OpenProgress) => void,
): Promise<ImportOutcome> {
  const opened = await openArchiveFile(file, passphrase, onProgress);
  if (opened.status !== 'verified') return opened;
  const { archive, source } = opened;
  const { caseId } = await importCaseArchive(database, archive, source);
  return { status: 'imported', caseId, title: archive.document.case.title, exhibits: archive.document.evidence.length, files: archive.files.size };
}
