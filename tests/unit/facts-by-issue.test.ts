import { describe, expect, it } from 'vitest';
import { groupFactsByIssue } from '@shared/chronology/facts-by-issue';

const arg = (id: string, heading: string, order: number, archivedAt: string | null = null) => ({ id, heading, order, archivedAt });
const fact = (number: number, ...argumentIds: string[]) => ({ number, argumentIds });

describe('facts by issue', () => {
  it('groups facts under their arguments in case order, under each when linked to several, unlinked last', () => {
    const facts = [fact(3, 'gdpr'), fact(1, 'dsa', 'gdpr'), fact(2), fact(4, 'dsa')];
    const groups = groupFactsByIssue(facts, [arg('gdpr', 'Unlawful processing (GDPR)', 2), arg('dsa', 'Duty of care (DSA)', 1)]);
    expect(groups.map((g) => [g.heading, g.facts.map((f) => f.number)])).toEqual([
      ['Duty of care (DSA)', [1, 4]],
      ['Unlawful processing (GDPR)', [3, 1]],
      [null, [2]],
    ]);
  });

  it('keeps an issue with no facts, and leaves out the unlinked group when every fact has an issue', () => {
    const groups = groupFactsByIssue([fact(1, 'a')], [arg('a', 'A', 1), arg('b', 'B', 2)]);
    expect(groups.map((g) => [g.argumentId, g.facts.length])).toEqual([['a', 1], ['b', 0]]);
  });

  it('treats links to archived or unknown arguments as no issue', () => {
    const groups = groupFactsByIssue([fact(1, 'old'), fact(2, 'gone'), fact(3, 'a', 'a')], [arg('a', 'A', 1), arg('old', 'Old', 0, '2026-01-01T00:00:00Z')]);
    expect(groups.map((g) => [g.argumentId, g.facts.map((f) => f.number)])).toEqual([['a', [3]], [null, [1, 2]]]);
  });
});
