/** The parts of a case workspace, in navigation order. */
export const caseSections = ['evidence', 'parties', 'chronology', 'experts', 'arguments', 'export', 'filing'] as const;
export type CaseSection = (typeof caseSections)[number];

export function isCaseSection(value: string | undefined): value is CaseSection {
  return caseSections.includes(value as CaseSection);
}
