import { z } from 'zod';
import { ArchiveError } from './archive-error';

/**
 * Passphrase encryption of a whole archive file, with WebCrypto only:
 * AES-256-GCM, key from PBKDF2-SHA-256 (salted, 600,000 iterations — the
 * OWASP 2023 figure), parameters in a small header. The archive is encrypted
 * in chunks, each authenticated on its own with the header, its index and a
 * last-chunk flag as additional data, so chunks cannot be altered, reordered
 * or cut off, and a large archive never has to be in memory at once.
 *
 *   "EXPDNC01" | u32 header length | header JSON | chunk 0 | chunk 1 | …
 *   chunk i = AES-GCM(plaintext[i·chunkSize …], iv = noncePrefix ‖ u32 i) — ciphertext ‖ 16-byte tag
 */
const MAGIC = new TextEncoder().encode('EXPDNC01');
const TAG_BYTES = 16;
const KEY_CHECK_INDEX = 0xffff_ffff;
export const DEFAULT_ITERATIONS = 600_000;
export const CHUNK_BYTES = 4 * 1024 * 1024;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(200);
const headerSchema = z.strictObject({
  version: z.literal(1),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.strictObject({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: b64 }),
  chunkBytes: z.number().int().min(1024).max(64 * 1024 * 1024),
  noncePrefix: b64,
  /** AES-GCM tag over nothing: tells a wrong passphrase apart from a damaged file. */
  keyCheck: b64,
});
type EncryptionHeader = z.infer<typeof headerSchema>;

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const subtle = () => globalThis.crypto.subtle;
// Spelled from the value so the file also type-checks without the DOM library (Node builds).
type AesKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.deriveKey>>;

export function isEncryptedArchive(head: Uint8Array): boolean {
  return head.length >= MAGIC.length && MAGIC.every((b, i) => head[i] === b);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<AesKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
}

function iv(prefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12);
  out.set(prefix, 0);
  new DataView(out.buffer).setUint32(8, index);
  return out;
}

function aad(headerBytes: Uint8Array, index: number, isLast: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(headerBytes.length + 5);
  out.set(headerBytes, 0);
  new DataView(out.buffer).setUint32(headerBytes.length, index);
  out[headerBytes.length + 4] = isLast ? 1 : 0;
  return out;
}

export interface EncryptOptions {
  iterations?: number;
  chunkBytes?: number;
  onProgress?(doneBytes: number, totalBytes: number): void;
}

/** Encrypts an archive with a passphrase; the result is a Blob assembled from encrypted chunks. */
export async function encryptArchive(plain: Blob, passphrase: string, options: EncryptOptions = {}): Promise<Blob> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const prefix = crypto.getRandomValues(new Uint8Array(8));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const key = await deriveKey(passphrase, salt, iterations);
  const keyCheck = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: iv(prefix, KEY_CHECK_INDEX) }, key, new Uint8Array(0)));
  const header: EncryptionHeader = {
    version: 1, cipher: 'AES-256-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(salt) },
    chunkBytes, noncePrefix: toB64(prefix), keyCheck: toB64(keyCheck),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = new Uint8Array(MAGIC.length + 4 + json.length);
  headerBytes.set(MAGIC, 0);
  new DataView(headerBytes.buffer).setUint32(MAGIC.length, json.length);
  headerBytes.set(json, MAGIC.length + 4);
  const parts: (Uint8Array<ArrayBuffer> | Blob)[] = [headerBytes];
  const count = Math.max(1, Math.ceil(plain.size / chunkBytes));
  for (let i = 0; i < count; i += 1) {
    const chunk = new Uint8Array(await plain.slice(i * chunkBytes, (i + 1) * chunkBytes).arrayBuffer());
    const sealed = await subtle().encrypt({ name: 'AES-GCM', iv: iv(prefix, i), additionalData: aad(headerBytes, i, i === count - 1) }, key, chunk);
    parts.push(new Blob([sealed]));
    options.onProgress?.(Math.min(plain.size, (i + 1) * chunkBytes), plain.size);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

async function readHeader(sealed: Blob): Promise<{ header: EncryptionHeader; headerBytes: Uint8Array }> {
  const start = new Uint8Array(await sealed.slice(0, MAGIC.length + 4).arrayBuffer());
  if (!isEncryptedArchive(start) || start.length < MAGIC.length + 4) throw new ArchiveError('encryption-header-invalid', 'The encrypted archive’s header is damaged');
  const length = new DataView(start.buffer).getUint32(MAGIC.length);
  if (length > 4096) throw new ArchiveError('encryption-header-invalid', 'The encrypted archive’s header is damaged');
  const headerBytes = new Uint8Array(await sealed.slice(0, MAGIC.length + 4 + length).arrayBuffer());
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(headerBytes.subarray(MAGIC.length + 4)));
  } catch {
    throw new ArchiveError('encryption-header-invalid', 'The encrypted archive’s header is damaged');
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new ArchiveError('encryption-header-invalid', 'The encrypted archive’s header is damaged or uses unknown parameters');
  return { header: parsed.data, headerBytes };
}

/**
 * Decrypts an encrypted archive. A wrong passphrase is reported as such
 * (the key check fails); any altered, missing or reordered byte after that
 * fails a chunk's authentication and is reported with its position —
 * nothing is ever decrypted into garbage.
 */
export async function decryptArchive(sealed: Blob, passphrase: string, onProgress?: (done: number, total: number) => void): Promise<Blob> {
  const { header, headerBytes } = await readHeader(sealed);
  const prefix = fromB64(header.noncePrefix);
  const key = await deriveKey(passphrase, fromB64(header.kdf.salt), header.kdf.iterations);
  try {
    await subtle().decrypt({ name: 'AES-GCM', iv: iv(prefix, KEY_CHECK_INDEX) }, key, fromB64(header.keyCheck) as Uint8Array<ArrayBuffer>);
  } catch {
    throw new ArchiveError('wrong-passphrase', 'Wrong passphrase: this archive cannot be decrypted with it (or its header was altered)');
  }
  const body = sealed.slice(headerBytes.length);
  const sealedChunk = header.chunkBytes + TAG_BYTES;
  const count = Math.max(1, Math.ceil(body.size / sealedChunk));
  const parts: Blob[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = i * sealedChunk;
    const chunk = new Uint8Array(await body.slice(from, from + sealedChunk).arrayBuffer());
    try {
      const plain = await subtle().decrypt({ name: 'AES-GCM', iv: iv(prefix, i), additionalData: aad(headerBytes, i, i === count - 1) }, key, chunk);
      parts.push(new Blob([plain]));
    } catch {
      throw new ArchiveError('encrypted-corrupt', `The encrypted archive was altered or damaged: bytes ${headerBytes.length + from}–${headerBytes.length + from + chunk.length} fail authentication`, { from: headerBytes.length + from });
    }
    onProgress?.(Math.min(body.size, from + sealedChunk), body.size);
  }
  return new Blob(parts, { type: 'application/zip' });
}
