import type { CitationResolver } from './flow';
import type { BundlePlan } from './plan';
import type { BuildState } from './state';

const FACT = /^\[Fact\s+(\d+)\]$/i;

/**
 * Resolves "[E-0003]" to that exhibit's first page and "[Fact 12]" to the
 * chronology row. A token that looks like a citation but points at nothing
 * in this bundle stays plain text and is reported, so a dead reference is
 * never silently printed as if it were linked.
 */
export function citationResolver(state: BuildState, plan: BundlePlan): CitationResolver {
  const hasChronology = plan.sections.some((s) => s.id === 'B');
  const hasExhibits = plan.sections.some((s) => s.id === 'D');
  const prefix = state.snapshot.case.exhibitPrefix || 'E-';
  const looksLikeExhibit = new RegExp(`^\\[${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+\\]$`);
  return (token) => {
    const fact = FACT.exec(token);
    if (fact) {
      const n = Number(fact[1]);
      if (hasChronology && plan.facts.some((f) => f.number === n)) return `fact:${n}`;
      state.warn({ code: 'unknown-citation', message: `${token} is cited but that fact is not in this bundle's chronology; it is not linked.` });
      return null;
    }
    const exhibit = plan.exhibitByNo.get(token.slice(1, -1));
    if (exhibit && hasExhibits) return `doc:exhibit:${exhibit.id}`;
    if (looksLikeExhibit.test(token)) state.warn({ code: 'unknown-citation', message: `${token} is cited but that exhibit is not in this bundle; it is not linked.` });
    return null;
  };
}

/** "[E-0003] (p. 4), [E-0007], [Fact 2]" — evidence and facts written as linkable citation tokens. */
export function citeList(state: BuildState, pins: readonly { evidenceId: string; pinpoint: string }[], factIds: readonly string[]): string {
  const evidence = new Map(state.snapshot.evidence.map((e) => [e.id, e]));
  const facts = new Map(state.snapshot.facts.map((f) => [f.id, f]));
  const parts = pins.map((p) => {
    const e = evidence.get(p.evidenceId);
    if (!e) return '';
    return p.pinpoint ? `[${e.exhibitNo}] (${p.pinpoint})` : `[${e.exhibitNo}]`;
  });
  for (const id of factIds) {
    const f = facts.get(id);
    if (f) parts.push(`[Fact ${f.number}]`);
  }
  return parts.filter((s) => s).join(', ');
}
