/**
 * A list of keys stored as one string, each key between two NULs
 * (`␀a␀b␀`): the fields of the evidence and audit directories. Reading a
 * directory then copies a few strings instead of building one string per
 * key, and asking whether it lists a key is one `includes`.
 */
const SEP = '\u0000';

export function keyList(keys: readonly string[]): string {
  return `${SEP}${keys.join(SEP)}${SEP}`;
}

export function keysIn(list: string): string[] {
  return list.length <= 2 ? [] : list.slice(1, -1).split(SEP);
}

export function lists(list: string, key: string): boolean {
  return list.includes(`${SEP}${key}${SEP}`);
}

/** Above this many keys asked at once, a list is split into a set instead of searched once per key. */
export const SEARCH_AT_MOST = 8;

/** Whether the list holds any of these keys. */
export function listsAny(list: string, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0) return false;
  if (keys.size <= SEARCH_AT_MOST) return [...keys].some((key) => lists(list, key));
  return keysIn(list).some((key) => keys.has(key));
}
