import { useLiveQuery } from 'dexie-react-hooks';
import type { Case, CaseStatus } from '@shared/domain/types';
import { db } from '../../db/database';

/** Cases with the given status, most recently changed first; undefined while loading. */
export function useCases(status: CaseStatus): Case[] | undefined {
  return useLiveQuery(() => db.cases.where('status').equals(status).reverse().sortBy('updatedAt'), [status]);
}

/** One case; null when it does not exist, undefined while loading. */
export function useCase(id: string): Case | null | undefined {
  return useLiveQuery(async () => (await db.cases.get(id)) ?? null, [id]);
}
