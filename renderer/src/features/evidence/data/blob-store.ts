import type { StoredFile } from '@shared/domain/types';
import type { ExpedienteDatabase } from '../../../db/database';
import type { IntakeFile } from './intake-file';
import { evidenceWithHashes } from '../../../db/evidence-store';

/**
 * The content-addressed file store: one row per distinct SHA-256. Call these
 * inside a transaction that has `files` and `evidenceTables(db)` in scope.
 */
export async function storeBlob(database: ExpedienteDatabase, file: IntakeFile, at: string): Promise<'stored' | 'already-stored'> {
  if (!file.blob) throw new Error('Withheld material is never stored');
  if (await database.files.get(file.sha256)) return 'already-stored';
  await database.files.add(storedFile(file, at));
  return 'stored';
}

/** The store's row for a file's bytes (never for withheld material). */
export function storedFile(file: IntakeFile, at: string): StoredFile {
  if (!file.blob) throw new Error('Withheld material is never stored');
  return { sha256: file.sha256, mime: file.mime, size: file.size, blob: file.blob, storedAt: at };
}

/** Removes the bytes unless another item (in any case) still holds them as its attachment. */
export async function purgeBlobIfUnused(database: ExpedienteDatabase, sha256: string, exceptItemId: string): Promise<boolean> {
  const holders = (await evidenceWithHashes(database, [sha256])).filter((e) => e.id !== exceptItemId && e.attachment?.sha256 === sha256);
  if (holders.length > 0) return false;
  await database.files.delete(sha256);
  return true;
}
