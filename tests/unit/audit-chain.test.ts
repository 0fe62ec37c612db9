import { describe, expect, it } from 'vitest';
import { chainAuditEntry, GENESIS_HASH, verifyAuditChain, type AuditDraft } from '@shared/audit/audit-chain';
import { canonicalJson } from '@shared/audit/canonical-json';
import { sha256Hex } from '@shared/audit/sha256';
import type { AuditEntry } from '@shared/domain/types';

const draft = (n: number): AuditDraft => ({
  caseId: 'case-1', at: `2026-11-28T10:0${n}:00.000Z`, actor: 'paralegal', action: 'case.update',
  entity: 'case', entityId: 'case-1', summary: `change ${n}`, change: { title: { from: `t${n}`, to: `t${n + 1}` } },
});

function buildChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i += 1) entries.push(chainAuditEntry(draft(i), entries[i - 1]));
  return entries;
}

describe('SHA-256', () => {
  it('matches the published test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });
  it('is the same text, so the same hash, whatever order the keys were written in', () => {
    const a = { entity: 'evidence', change: { title: { to: 'B', from: 'A' }, tags: ['x', 'y'] }, seq: 2 };
    const b = { seq: 2, change: { tags: ['x', 'y'], title: { from: 'A', to: 'B' } }, entity: 'evidence' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(sha256Hex(canonicalJson(a))).toBe(sha256Hex(canonicalJson(b)));
    // Array order is meaning, not formatting: it changes the text.
    expect(canonicalJson({ tags: ['y', 'x'] })).not.toBe(canonicalJson({ tags: ['x', 'y'] }));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('audit chain', () => {
  it('links each entry to the previous one, starting from the genesis hash', () => {
    const chain = buildChain(3);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(chain[2]!.prevHash).toBe(chain[1]!.hash);
  });

  it('verifies an untouched chain and reports its head', () => {
    const chain = buildChain(5);
    expect(verifyAuditChain(chain)).toEqual({ intact: true, entries: 5, headHash: chain[4]!.hash });
  });

  it('names the entry whose content was edited', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2]!, summary: 'quietly rewritten' };
    expect(verifyAuditChain(chain)).toEqual({ intact: false, brokenAtSeq: 3, reason: 'hash-mismatch' });
  });

  it('notices an entry that was re-hashed after editing, at the next link', () => {
    const chain = buildChain(4);
    const { hash: _old, ...rest } = { ...chain[1]!, actor: 'someone else' };
    chain[1] = chainAuditEntry(
      { caseId: rest.caseId, at: rest.at, actor: rest.actor, action: rest.action, entity: rest.entity, entityId: rest.entityId, summary: rest.summary, change: rest.change },
      chain[0],
    );
    expect(verifyAuditChain(chain)).toEqual({ intact: false, brokenAtSeq: 3, reason: 'prev-hash-mismatch' });
  });

  it('notices a deleted entry', () => {
    const chain = buildChain(4);
    chain.splice(1, 1);
    expect(verifyAuditChain(chain)).toEqual({ intact: false, brokenAtSeq: 2, reason: 'sequence-gap' });
  });
});

describe('SHA-256 of text', () => {
  it('hashes the UTF-8 bytes, for short, long and non-ASCII text alike (one buffer reused between calls)', () => {
    const texts = ['', 'víctima niño 😀', 'x'.repeat(10_000), '"\u0000\ud800"', 'abc'];
    for (const text of texts) expect(sha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
