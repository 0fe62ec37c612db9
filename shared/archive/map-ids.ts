/**
 * Rewrites identifiers inside a value, by key: a string under `id`, `…Id`
 * (caseId, evidenceId, entityId…) and every string of an `…Ids` array is
 * mapped, as is any object key that is itself a mapped id (records keyed by
 * id). Prose is never touched, even where it happens to equal an id.
 */
export function mapIds<T>(value: T, idMap: ReadonlyMap<string, string>): T {
  return walk(value, null, idMap) as T;
}

const isIdKey = (key: string | null) => key !== null && (key === 'id' || key.endsWith('Id'));
const isIdListKey = (key: string | null) => key !== null && key.endsWith('Ids');

function walk(value: unknown, key: string | null, idMap: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return isIdKey(key) ? (idMap.get(value) ?? value) : value;
  if (Array.isArray(value)) {
    return value.map((v) => (isIdListKey(key) && typeof v === 'string' ? (idMap.get(v) ?? v) : walk(v, null, idMap)));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[idMap.get(k) ?? k] = walk(v, k, idMap);
    return out;
  }
  return value;
}
