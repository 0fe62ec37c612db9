/** What went wrong with local storage, in terms the UI can explain. */
export type StorageProblem = 'quota' | 'blocked' | 'version-change' | 'unavailable' | 'unknown';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  message?: unknown;
}

function nameOf(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as ErrorLike).name === 'string' ? ((e as ErrorLike).name as string) : '';
}

/**
 * Classifies an error from Dexie or IndexedDB. Quota errors often arrive
 * wrapped (Dexie's AbortError / BulkError with the real cause in `inner`),
 * so the chain of `inner` errors is walked.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth += 1) {
    const name = nameOf(e);
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'DatabaseClosedError' && /blocked/i.test(String((e as ErrorLike).message ?? ''))) return 'blocked';
    if (name === 'VersionChangeError') return 'version-change';
    if (name === 'MissingAPIError' || name === 'InvalidStateError') return 'unavailable';
    e = (e as ErrorLike).inner;
  }
  return 'unknown';
}
