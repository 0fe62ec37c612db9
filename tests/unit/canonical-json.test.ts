import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/audit/canonical-json';

/**
 * The canonical JSON as first written (entries, filter, sort, map, join). Every
 * audit hash ever stored covers text made this way, so the faster encoder must
 * write exactly the same text for every value, or old chains stop verifying.
 */
function canonicalJsonAsFirstWritten(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJsonAsFirstWritten(v ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonAsFirstWritten(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}

// Keys and strings from the whole UTF-16 range (astral, lone surrogates, controls, quotes), undefined members and holes included.
const text = fc.string({ unit: 'binary' });
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node')), fc.sparseArray(tie('leaf')), fc.dictionary(text, tie('node'))),
})).node;

describe('canonical JSON encoder', () => {
  it('writes the same text as the encoder every stored audit hash was made with', () => {
    fc.assert(
      fc.property(value, (v) => {
        if (v === undefined) return;
        expect(canonicalJson(v)).toBe(canonicalJsonAsFirstWritten(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a registered item as it always has (keys sorted at every depth, non-ASCII kept)', () => {
    const item = {
      title: 'Montaje "desnudo" de la víctima', id: 'e-1', hashes: { sha256: null, pdq: null }, tagIds: ['t2', 't1'],
      Zeta: 1, archivedAt: null, notes: undefined, size: 1.5e21, '\u00e9': 'é', 'z\u{1F600}': '\u{1F600}',
    };
    expect(canonicalJson(item)).toBe(
      '{"Zeta":1,"archivedAt":null,"hashes":{"pdq":null,"sha256":null},"id":"e-1","size":1.5e+21,"tagIds":["t2","t1"],' +
        '"title":"Montaje \\"desnudo\\" de la víctima","z😀":"😀","é":"é"}',
    );
  });

  it('refuses what JSON cannot carry faithfully, as before', () => {
    for (const bad of [{ n: Number.POSITIVE_INFINITY }, [Number.NaN], { f: () => 1 }, { b: 1n }]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
      expect(() => canonicalJsonAsFirstWritten(bad)).toThrow(TypeError);
    }
  });
});
