import { diffCase } from '@shared/archive/merge/diff-case';
import type { MergePreview } from '@shared/archive/merge/merge-preview-types';
import type { VerifiedArchive } from '@shared/archive/read-archive';
import type { ExpedienteDatabase } from '../../../db/database';
import { loadCaseDocument } from './load-case-document';

/** What merging a verified archive into one of our cases would change; reads only. */
export async function previewMerge(database: ExpedienteDatabase, caseId: string, archive: VerifiedArchive): Promise<{ preview: MergePreview; ours: Awaited<ReturnType<typeof loadCaseDocument>> }> {
  const ours = await loadCaseDocument(database, caseId);
  const wanted = [...archive.files.keys()];
  const stored = await database.files.bulkGet(wanted);
  const storedFiles = new Set(wanted.filter((_, i) => stored[i] !== undefined));
  return { preview: diffCase(ours, archive.document, { newId: () => crypto.randomUUID(), storedFiles }), ours };
}
