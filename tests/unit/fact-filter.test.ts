import { describe, expect, it } from 'vitest';
import type { Fact } from '@shared/domain/types';
import { ANY, matchesFactFilter, NO_FACT_FILTER, NONE } from '@shared/chronology/fact-filter';

type F = Pick<Fact, 'status' | 'partyIds' | 'argumentIds' | 'evidence'>;
const fact = (over: Partial<F>): F => ({ status: 'undisputed', partyIds: [], argumentIds: [], evidence: [], ...over });
const current = new Set(['dsa']);

describe('fact filters', () => {
  it('lets every fact through when nothing is set', () => {
    expect(matchesFactFilter(fact({}), NO_FACT_FILTER, current)).toBe(true);
  });

  it('filters by status and party', () => {
    expect(matchesFactFilter(fact({ status: 'disputed-by-us' }), { ...NO_FACT_FILTER, status: 'undisputed' }, current)).toBe(false);
    expect(matchesFactFilter(fact({ partyIds: ['p1'] }), { ...NO_FACT_FILTER, partyId: 'p1' }, current)).toBe(true);
    expect(matchesFactFilter(fact({ partyIds: ['p2'] }), { ...NO_FACT_FILTER, partyId: 'p1' }, current)).toBe(false);
  });

  it('filters by issue, with links to archived arguments counting as none', () => {
    expect(matchesFactFilter(fact({ argumentIds: ['dsa'] }), { ...NO_FACT_FILTER, argumentId: 'dsa' }, current)).toBe(true);
    expect(matchesFactFilter(fact({ argumentIds: [] }), { ...NO_FACT_FILTER, argumentId: 'dsa' }, current)).toBe(false);
    expect(matchesFactFilter(fact({ argumentIds: ['archived'] }), { ...NO_FACT_FILTER, argumentId: NONE }, current)).toBe(true);
    expect(matchesFactFilter(fact({ argumentIds: ['dsa'] }), { ...NO_FACT_FILTER, argumentId: NONE }, current)).toBe(false);
  });

  it('filters by evidence: a given exhibit, any, or none', () => {
    const cited = fact({ evidence: [{ evidenceId: 'e1', pinpoint: 'p. 2' }] });
    expect(matchesFactFilter(cited, { ...NO_FACT_FILTER, evidence: 'e1' }, current)).toBe(true);
    expect(matchesFactFilter(cited, { ...NO_FACT_FILTER, evidence: 'e2' }, current)).toBe(false);
    expect(matchesFactFilter(cited, { ...NO_FACT_FILTER, evidence: ANY }, current)).toBe(true);
    expect(matchesFactFilter(cited, { ...NO_FACT_FILTER, evidence: NONE }, current)).toBe(false);
    expect(matchesFactFilter(fact({}), { ...NO_FACT_FILTER, evidence: NONE }, current)).toBe(true);
  });
});
