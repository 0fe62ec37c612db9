import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Sha256Hex } from '../domain/types';

/**
 * Synchronous SHA-256 (@noble/hashes, audited and dependency-free). Sync on
 * purpose: the audit chain is hashed inside a Dexie transaction, where an
 * await on WebCrypto would let IndexedDB commit the transaction early.
 */
export function sha256Hex(data: string | Uint8Array): Sha256Hex {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return bytesToHex(sha256(bytes));
}
