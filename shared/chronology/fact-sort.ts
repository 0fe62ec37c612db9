import type { Fact } from '../domain/types';
import { factStatuses } from './fact-input';

export type FactSortColumn = 'date' | 'number' | 'status';
export interface FactSort { column: FactSortColumn; direction: 'asc' | 'desc' }

export const DATE_ORDER: FactSort = { column: 'date', direction: 'asc' };

/**
 * Facts (given in date order) in the order a table column asks for; ties
 * keep date order, so "by status" lists each status chronologically.
 */
export function sortFacts<F extends Pick<Fact, 'number' | 'status'>>(inDateOrder: readonly F[], sort: FactSort): F[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const indexed = inDateOrder.map((fact, index) => ({ fact, index }));
  const key = (x: { fact: F; index: number }): number =>
    sort.column === 'number' ? x.fact.number : sort.column === 'status' ? factStatuses.indexOf(x.fact.status) : x.index;
  return indexed.sort((a, b) => sign * (key(a) - key(b)) || a.index - b.index).map((x) => x.fact);
}
