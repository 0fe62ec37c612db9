import type { ExpertReport, Pd35Item, Pd35Mark } from '../domain/types';

/** The items of CPR PD35 para 3.2, in the order the practice direction lists them. */
export const pd35Items = [
  'qualifications', 'literature', 'material-instructions', 'facts-own-knowledge', 'tests',
  'range-of-opinion', 'summary-of-conclusions', 'duty-to-court', 'statement-of-truth',
] as const satisfies readonly Pd35Item[];

export type ChecklistReport = Pick<ExpertReport, 'qualifications' | 'conclusions' | 'instructionList' | 'rangeOfOpinion' | 'checklist'>;

/**
 * Items the report's own fields can prove: for these the data decides, so a
 * user cannot tick "present" over an empty field. The others (literature,
 * tests, the two statements …) live only in the signed PDF and are ticked by hand.
 */
const fromData: Partial<Record<Pd35Item, (r: ChecklistReport) => boolean>> = {
  qualifications: (r) => r.qualifications.trim() !== '',
  'material-instructions': (r) => (r.instructionList ?? []).some((i) => i.text.trim() !== ''),
  'range-of-opinion': (r) => (r.rangeOfOpinion ?? '').trim() !== '',
  'summary-of-conclusions': (r) => r.conclusions.trim() !== '',
};

export function isComputedItem(item: Pd35Item): boolean {
  return item in fromData;
}

export type ChecklistItemState = 'complete' | 'missing' | 'not-applicable';

export interface ChecklistRow {
  item: Pd35Item;
  state: ChecklistItemState;
  /** 'data' when the report's fields decided, 'user' when a tick (or its absence) did. */
  source: 'data' | 'user';
}

export interface ChecklistState {
  rows: ChecklistRow[];
  complete: number;
  /** Items that apply: not-applicable ones are out of the count, so "7 of 8" can be all there is. */
  applicable: number;
  notApplicable: number;
  missing: Pd35Item[];
  isComplete: boolean;
}

/** The PD35 checklist of one report: what is there, what is missing, what does not apply. */
export function pd35Checklist(report: ChecklistReport): ChecklistState {
  const marks = report.checklist ?? {};
  const rows = pd35Items.map((item): ChecklistRow => {
    const computed = fromData[item];
    const source = computed ? 'data' : 'user';
    // Not applicable wins: in a non-UK forum an item is not owed, whatever the fields hold.
    if (marks[item] === 'not-applicable') return { item, state: 'not-applicable', source };
    const isPresent = computed ? computed(report) : marks[item] === 'present';
    return { item, state: isPresent ? 'complete' : 'missing', source };
  });
  const complete = rows.filter((r) => r.state === 'complete').length;
  const notApplicable = rows.filter((r) => r.state === 'not-applicable').length;
  const missing = rows.filter((r) => r.state === 'missing').map((r) => r.item);
  return { rows, complete, applicable: rows.length - notApplicable, notApplicable, missing, isComplete: missing.length === 0 };
}

/** The user's marks after one change; a 'present' tick on a computed item is dropped (the data decides). */
export function withMark(
  marks: Partial<Record<Pd35Item, Pd35Mark>> | undefined, item: Pd35Item, mark: Pd35Mark | null,
): Partial<Record<Pd35Item, Pd35Mark>> {
  const next = { ...(marks ?? {}) };
  if (mark === null || (mark === 'present' && isComputedItem(item))) delete next[item];
  else next[item] = mark;
  return next;
}
