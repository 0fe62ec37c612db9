import { join } from 'node:path';

/**
 * Where automatic backups go: "Expediente backups" in the user's documents
 * folder; under the profile folder when tests point the app at a throwaway
 * profile, so a test run never writes into someone's documents.
 */
export function backupFolder(documents: string, userDataOverride: string | null): string {
  return userDataOverride !== null ? join(userDataOverride, 'Backups') : join(documents, 'Expediente backups');
}
