import type { Fact, LegalArgument } from '../domain/types';

export interface IssueGroup<F> {
  /** Null for the facts linked to no current issue. */
  argumentId: string | null;
  heading: string | null;
  facts: F[];
}

type IssueArgument = Pick<LegalArgument, 'id' | 'heading' | 'order' | 'archivedAt'>;

/**
 * The facts under each issue (legal argument) they are linked to, in the
 * arguments' case order; a fact linked to several appears under each, in the
 * order given (the chronology's). Facts linked to no current argument form a
 * last group, "No issue linked", shown only when it has facts.
 */
export function groupFactsByIssue<F extends Pick<Fact, 'argumentIds'>>(facts: readonly F[], args: readonly IssueArgument[]): IssueGroup<F>[] {
  const current = args.filter((a) => a.archivedAt === null).sort((a, b) => a.order - b.order || a.heading.localeCompare(b.heading));
  const groups = new Map(current.map((a) => [a.id, { argumentId: a.id, heading: a.heading, facts: [] as F[] }]));
  const unlinked: F[] = [];
  for (const fact of facts) {
    let isLinked = false;
    for (const id of new Set(fact.argumentIds)) {
      const group = groups.get(id);
      if (group) { group.facts.push(fact); isLinked = true; }
    }
    if (!isLinked) unlinked.push(fact);
  }
  const result: IssueGroup<F>[] = [...groups.values()];
  if (unlinked.length > 0) result.push({ argumentId: null, heading: null, facts: unlinked });
  return result;
}
