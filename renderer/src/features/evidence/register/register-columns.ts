import type { RegisterRow } from '@shared/review/register-row';
import type { RegisterColumn, RegisterSort } from '../evidence-ui-slice';

export interface ColumnDef {
  id: RegisterColumn;
  width: number;
  minWidth: number;
}

/** The register's columns in display order, with default widths in pixels. */
export const registerColumns: readonly ColumnDef[] = [
  { id: 'exhibitNo', width: 96, minWidth: 70 },
  { id: 'title', width: 260, minWidth: 120 },
  { id: 'kind', width: 110, minWidth: 70 },
  { id: 'platform', width: 104, minWidth: 70 },
  { id: 'capturedAt', width: 150, minWidth: 100 },
  { id: 'sensitivity', width: 112, minWidth: 80 },
  { id: 'tags', width: 180, minWidth: 60 },
  { id: 'reviewStatus', width: 116, minWidth: 80 },
];

function rawValue(item: RegisterRow, column: RegisterColumn): string {
  switch (column) {
    case 'capturedAt':
      return item.capturedAt ?? '';
    case 'tags':
      return String(item.tagIds.length);
    default:
      return item[column];
  }
}

const DIACRITICS = /[\u0300-\u036f]/g;
const DIGIT_RUNS = /\d+/g;

/**
 * A key that plain `<` orders the way a reader expects: case- and
 * accent-insensitive ("Álvarez" beside "alvarez"), numbers by value
 * ("E-9999" before "E-10000", "Post 9" before "Post 10"). Computing it once
 * per item makes sorting 100,000 rows several times faster than a collator.
 */
export function sortKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(DIGIT_RUNS, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(15, '0'));
}

/** Columns with a handful of distinct values: their keys are computed once per value and shared. */
const FEW_VALUES: ReadonlySet<RegisterColumn> = new Set(['kind', 'platform', 'sensitivity', 'reviewStatus', 'tags']);

/**
 * Keys kept by row: the exhibit numbers' (every sort breaks ties with them)
 * and the last other column's with many values. A page read again after a
 * write brings new row objects, which get new keys; the other rows keep
 * theirs, so a tag on one item of 100,000 computes 500 keys, not 200,000.
 */
const exhibitKeys = new WeakMap<RegisterRow, string>();
let columnKeys: { column: RegisterColumn; keys: WeakMap<RegisterRow, string> } | null = null;

function keysOf(items: readonly RegisterRow[], column: RegisterColumn): string[] {
  // ISO UTC instants already sort as text: the value itself is the key.
  if (column === 'capturedAt') return items.map((item) => item.capturedAt ?? '');
  if (FEW_VALUES.has(column)) {
    const known = new Map<string, string>();
    return items.map((item) => {
      const value = rawValue(item, column);
      let key = known.get(value);
      if (key === undefined) known.set(value, (key = sortKey(value)));
      return key;
    });
  }
  let kept = exhibitKeys;
  if (column !== 'exhibitNo') {
    if (columnKeys?.column !== column) columnKeys = { column, keys: new WeakMap() };
    kept = columnKeys.keys;
  }
  return items.map((item) => {
    let key = kept.get(item);
    if (key === undefined) kept.set(item, (key = sortKey(rawValue(item, column))));
    return key;
  });
}

/** Sorted copy; ties keep exhibit order so the list never jumps; empty values always sort last. */
export function sortRegister(items: readonly RegisterRow[], sort: RegisterSort): readonly RegisterRow[] {
  const keys = keysOf(items, sort.column);
  const exhibit = sort.column === 'exhibitNo' ? keys : keysOf(items, 'exhibitNo');
  const factor = sort.direction === 'asc' ? 1 : -1;
  const order = Array.from(items.keys());
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === '' || kb === '') return ka === kb ? 0 : ka === '' ? 1 : -1;
    if (ka !== kb) return ka < kb ? -factor : factor;
    return exhibit[a]! < exhibit[b]! ? -1 : exhibit[a]! > exhibit[b]! ? 1 : 0;
  });
  return order.map((i) => items[i]!);
}
