import { describe, expect, it } from 'vitest';
import { sortFacts } from '@shared/chronology/fact-sort';

// Given in date order, as the chronology reads them.
const facts = [
  { number: 3, status: 'disputed-by-us' as const },
  { number: 1, status: 'undisputed' as const },
  { number: 2, status: 'disputed-by-us' as const },
];
const numbers = (list: readonly { number: number }[]) => list.map((f) => f.number);

describe('sorting the fact table', () => {
  it('keeps date order, or reverses it', () => {
    expect(numbers(sortFacts(facts, { column: 'date', direction: 'asc' }))).toEqual([3, 1, 2]);
    expect(numbers(sortFacts(facts, { column: 'date', direction: 'desc' }))).toEqual([2, 1, 3]);
  });

  it('sorts by number', () => {
    expect(numbers(sortFacts(facts, { column: 'number', direction: 'asc' }))).toEqual([1, 2, 3]);
    expect(numbers(sortFacts(facts, { column: 'number', direction: 'desc' }))).toEqual([3, 2, 1]);
  });

  it('sorts by status, each status in date order', () => {
    expect(numbers(sortFacts(facts, { column: 'status', direction: 'asc' }))).toEqual([1, 3, 2]);
  });
});
