/**
 * Canonical JSON (RFC 8785 style for the values we store): object keys sorted
 * by UTF-16 code units, no whitespace, `undefined` members dropped. The audit
 * hash covers this text, so the same change always hashes the same.
 *
 * Written as one pass that appends to a string (no entry arrays, closures or
 * joins per object): a bulk registration canonicalises 100,000 items.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}

function canonicalArray(values: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) out += ',';
    // A hole stays empty, as Array.prototype.map + join has always written it.
    if (i in values) out += canonicalJson(values[i] ?? null);
  }
  return `${out}]`;
}

function canonicalObject(record: Record<string, unknown>): string {
  // The default sort compares UTF-16 code units, which is the order canonical JSON asks for.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}
