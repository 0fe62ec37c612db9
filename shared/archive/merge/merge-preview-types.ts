import type { MergeKind, MergeRowValue } from './merge-kinds';
import type { MatchReason } from './match-rows';

export interface FieldChange {
  field: string;
  ours: unknown;
  theirs: unknown;
}

/** A conflict the merge settles by a fixed rule, shown in the preview so nobody is surprised. */
export type MergeNote =
  | { type: 'exhibit-renumbered'; from: string; to: string; takenBy: string | null }
  | { type: 'exhibit-number-kept'; ours: string; theirs: string }
  | { type: 'fact-renumbered'; from: number; to: number }
  | { type: 'fact-number-kept'; ours: number; theirs: number }
  | { type: 'pseudonym-changed'; from: string; to: string }
  | { type: 'default-view-dropped' }
  | { type: 'shortcut-dropped'; shortcut: string }
  | { type: 'matched-by-file'; sha256: string };

/** A conflict only a person can settle: the merge cannot be confirmed until a choice is made. */
export type MergeDecision =
  | { type: 'archived-and-edited'; archivedOn: 'ours' | 'theirs' }
  | { type: 'file-registered-as-other-exhibit'; exhibit: string }
  | { type: 'same-file-as'; exhibit: string };

export interface MergeRowPreview {
  kind: MergeKind;
  /** The row's id in the archive: the key choices are made by. */
  key: string;
  /** The id the row has (matched) or will have (new) in our case. */
  id: string;
  status: 'new' | 'changed' | 'identical';
  matchedBy: MatchReason | null;
  label: string;
  ours: MergeRowValue | null;
  /** The archive's row in our ids, numbering settled: what "take theirs" or "include" writes. */
  theirs: MergeRowValue;
  fields: FieldChange[];
  decision: MergeDecision | null;
  notes: MergeNote[];
}

export interface MergeFile {
  sha256: string;
  size: number;
  name: string;
  /** False when this machine already holds these bytes (content-addressed, so nothing to add). */
  isNew: boolean;
}

export interface MergePreview {
  caseId: string;
  relation: 'same-case' | 'lineage' | 'unrelated';
  rows: MergeRowPreview[];
  /** Rows only we have, by kind: a merge never deletes, so they stay as they are. */
  onlyOurs: Partial<Record<MergeKind, number>>;
  files: MergeFile[];
  /** Our case's audit head when the preview was made: the write refuses if the case changed since. */
  basis: { headHash: string; entries: number };
  /** Archive id → our id for every id the archive defines (new rows get fresh ids). */
  idMap: Map<string, string>;
  /** A readable name for every row id on both sides, to show ids in field diffs. */
  names: Map<string, string>;
}
