import { useUiStore } from '../store/ui-store';
import { classifyStorageError } from './storage-errors';

/**
 * Runs a write and turns a failure into the storage message the user sees.
 * Returns undefined when the write failed (the transaction rolled back).
 */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    console.error(error);
    useUiStore.getState().reportStorageProblem(classifyStorageError(error));
    return undefined;
  }
}
