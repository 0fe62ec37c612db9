import type { AuditEntry, Sha256Hex } from '../domain/types';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** The prevHash of a case's first entry. */
export const GENESIS_HASH: Sha256Hex = '0'.repeat(64);

export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The hash covers every field but itself, the previous hash included. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): Sha256Hex {
  return sha256Hex(canonicalJson(entry));
}

export function chainAuditEntry(draft: AuditDraft, previous: AuditEntry | undefined): AuditEntry {
  const unsealed = {
    ...draft,
    seq: previous ? previous.seq + 1 : 1,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...unsealed, hash: hashAuditEntry(unsealed) };
}

export type ChainVerdict =
  | { intact: true; entries: number; headHash: Sha256Hex }
  | { intact: false; brokenAtSeq: number; reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap' };

/** Re-hashes a case's entries (in seq order) and says where the chain breaks, if it does. */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { intact: false, brokenAtSeq: expectedSeq, reason: 'sequence-gap' };
    if (entry.prevHash !== prevHash) return { intact: false, brokenAtSeq: entry.seq, reason: 'prev-hash-mismatch' };
    const { hash, ...unsealed } = entry;
    if (hashAuditEntry(unsealed) !== hash) return { intact: false, brokenAtSeq: entry.seq, reason: 'hash-mismatch' };
    prevHash = hash;
    expectedSeq += 1;
  }
  return { intact: true, entries: entries.length, headHash: prevHash };
}
