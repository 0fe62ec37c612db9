import type { MergeRowPreview } from './merge-preview-types';

/** What a person chose for one row: a new row is included or left out; a changed row keeps ours or takes theirs. */
export type RowChoice = 'include' | 'leave-out' | 'keep-ours' | 'take-theirs';
/** Choices by the row's archive id (its `key`). */
export type MergeChoices = ReadonlyMap<string, RowChoice>;

export function optionsFor(row: MergeRowPreview): RowChoice[] {
  if (row.status === 'new') return ['include', 'leave-out'];
  if (row.status === 'changed') return ['keep-ours', 'take-theirs'];
  return [];
}

/**
 * New rows come in and changed rows keep ours unless someone says otherwise;
 * a row with a decision to make has no default: it must be chosen.
 */
export function defaultChoice(row: MergeRowPreview): RowChoice | null {
  if (row.decision) return null;
  if (row.status === 'new') return 'include';
  if (row.status === 'changed') return 'keep-ours';
  return null;
}

export function choiceFor(row: MergeRowPreview, choices: MergeChoices): RowChoice | null {
  const chosen = choices.get(row.key);
  return chosen && optionsFor(row).includes(chosen) ? chosen : defaultChoice(row);
}

/** Sets one choice for every row the predicate picks that offers it (the "all" buttons). */
export function chooseAll(rows: readonly MergeRowPreview[], choices: MergeChoices, choice: RowChoice, pick: (row: MergeRowPreview) => boolean = () => true): Map<string, RowChoice> {
  const next = new Map(choices);
  for (const row of rows) if (pick(row) && optionsFor(row).includes(choice)) next.set(row.key, choice);
  return next;
}
