import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../renderer/src/db/storage-errors';

describe('storage error classification', () => {
  it('recognises a quota error thrown directly', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
  });

  it('recognises a quota error wrapped by Dexie in `inner`', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(wrapped.name).toBe('AbortError');
    expect(classifyStorageError(wrapped)).toBe('quota');
  });

  it('recognises a blocked upgrade and a missing IndexedDB', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError('Database has been blocked'))).toBe('blocked');
    expect(classifyStorageError(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe('unavailable');
  });

  it('falls back to unknown for anything else', () => {
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
    expect(classifyStorageError(undefined)).toBe('unknown');
  });
});
