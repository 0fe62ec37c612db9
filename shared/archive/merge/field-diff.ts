import { canonicalJson } from '../../audit/canonical-json';
import type { FieldChange } from './merge-preview-types';

// An optional field left out and one set to null say the same thing.
const comparable = (value: unknown) => canonicalJson(value === undefined ? null : value);

/** The top-level fields whose values differ, ours against theirs, skipping the fixed ones. */
export function fieldChanges(ours: object, theirs: object, fixed: readonly string[]): FieldChange[] {
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !fixed.includes(f));
  return fields.filter((f) => comparable(a[f]) !== comparable(b[f])).map((field) => ({ field, ours: a[field] ?? null, theirs: b[field] ?? null }));
}
