import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Sha256Hex } from '../domain/types';

const encoder = new TextEncoder();
// Reused for every string: the audit chain hashes one short text per entry, 100,000 in a bulk registration.
let scratch = new Uint8Array(4096);

/**
 * Synchronous SHA-256 (@noble/hashes, audited and dependency-free). Sync on
 * purpose: the audit chain is hashed inside a Dexie transaction, where an
 * await on WebCrypto would let IndexedDB commit the transaction early.
 */
export function sha256Hex(data: string | Uint8Array): Sha256Hex {
  if (typeof data !== 'string') return bytesToHex(sha256(data));
  // UTF-8 needs at most 3 bytes per UTF-16 code unit.
  if (scratch.length < data.length * 3) scratch = new Uint8Array(data.length * 3);
  const { written } = encoder.encodeInto(data, scratch);
  return bytesToHex(sha256(scratch.subarray(0, written)));
}
