import type { FilingOptions } from '@shared/filing';
import type { ExpedienteDatabase } from '../../../db/database';
import { readStoredOptions } from '../filing-form';

/** The options of the case's newest filing export, or null when there is none (or its record no longer reads). */
export async function lastFilingOptions(database: ExpedienteDatabase, caseId: string): Promise<FilingOptions | null> {
  const records = await database.exportRecords.where('caseId').equals(caseId).filter((r) => r.kind === 'filing').sortBy('at');
  const newest = records.at(-1);
  return newest ? readStoredOptions(newest.options) : null;
}
