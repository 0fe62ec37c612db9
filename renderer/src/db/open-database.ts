import type { ExpedienteDatabase } from './database';
import { classifyStorageError, type StorageProblem } from './storage-errors';

export interface StorageReporter {
  report(problem: StorageProblem): void;
}

/**
 * Opens the database, asks the browser to keep our storage persistent, and
 * turns blocked upgrades and other-tab version changes into messages.
 */
export async function openDatabase(database: ExpedienteDatabase, reporter: StorageReporter): Promise<boolean> {
  database.on('blocked', () => reporter.report('blocked'));
  database.on('versionchange', () => {
    // Another window upgrades the schema: let it, and tell the user to reload.
    database.close();
    reporter.report('version-change');
    return false;
  });
  try {
    await database.open();
  } catch (error) {
    reporter.report(classifyStorageError(error));
    return false;
  }
  void requestPersistentStorage();
  return true;
}

async function requestPersistentStorage(): Promise<void> {
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted())) {
      await navigator.storage.persist();
    }
  } catch {
    // Persistence is a request the browser may refuse; the app works either way.
  }
}
