import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareSha256, sha256Hex } from '@shared/audit/sha256';

const node = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const samples = ['', 'abc', 'Łukasz Żółć — Ελλάδα, Москва, niño 🙂', 'x'.repeat(70_000), JSON.stringify({ change: { title: 'E-0001 registered' } })];

describe('sha256Hex', () => {
  it('gives the same digests before and after the WebAssembly hash is loaded, for text in any script and for bytes', async () => {
    const before = samples.map((s) => sha256Hex(s));
    const bytes = new Uint8Array(1_000_003).map((_, i) => (i * 131) & 0xff);
    const bytesBefore = sha256Hex(bytes);
    await prepareSha256();
    expect(samples.map((s) => sha256Hex(s))).toEqual(before);
    expect(before).toEqual(samples.map((s) => node(s)));
    expect(sha256Hex(bytes)).toBe(bytesBefore);
    expect(bytesBefore).toBe(node(bytes));
    // The reused hasher starts afresh each time: a long text does not leak into the next digest.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
