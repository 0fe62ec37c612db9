import { z } from 'zod';
import { ArchiveError } from './archive-error';

/**
 * The header of an encrypted archive and the per-chunk parameters derived
 * from it (key, IV, additional data). The chunk format itself is described
 * in encryption.ts and docs/case-format.md.
 */
export const MAGIC = new TextEncoder().encode('EXPDNC01');
export const TAG_BYTES = 16;
export const KEY_CHECK_INDEX = 0xffff_ffff;
export const DEFAULT_ITERATIONS = 600_000;
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Longest header JSON a reader accepts. */
const MAX_HEADER_JSON = 4096;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(200);
export const headerSchema = z.strictObject({
  version: z.literal(1),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.strictObject({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: b64 }),
  chunkBytes: z.number().int().min(1024).max(64 * 1024 * 1024),
  noncePrefix: b64,
  /** AES-GCM tag over nothing: tells a wrong passphrase apart from a damaged file. */
  keyCheck: b64,
});
export type EncryptionHeader = z.infer<typeof headerSchema>;

export const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const subtle = () => globalThis.crypto.subtle;
// Spelled from the value so the file also type-checks without the DOM library (Node builds).
export type AesKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.deriveKey>>;

export function isEncryptedArchive(head: Uint8Array): boolean {
  return head.length >= MAGIC.length && MAGIC.every((b, i) => head[i] === b);
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<AesKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
}

/** IV of chunk `index`: the header's 8-byte nonce prefix ‖ u32 index (big-endian). */
export function chunkIv(prefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12);
  out.set(prefix, 0);
  new DataView(out.buffer).setUint32(8, index);
  return out;
}

/** Additional data of chunk `index`: header bytes ‖ u32 index ‖ last flag — binds each chunk to its file, place and end. */
export function chunkAad(headerBytes: Uint8Array, index: number, isLast: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(headerBytes.length + 5);
  out.set(headerBytes, 0);
  new DataView(out.buffer).setUint32(headerBytes.length, index);
  out[headerBytes.length + 4] = isLast ? 1 : 0;
  return out;
}

export function encodeHeader(header: EncryptionHeader): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(MAGIC.length + 4 + json.length);
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, json.length);
  bytes.set(json, MAGIC.length + 4);
  return bytes;
}

const damaged = (why = 'is damaged') => new ArchiveError('encryption-header-invalid', `The encrypted archive’s header ${why}`);

/** Reads and checks the header through `read(offset, length)`; returns it with its exact bytes (part of every chunk's additional data). */
export async function readHeader(read: (offset: number, length: number) => Promise<Uint8Array>): Promise<{ header: EncryptionHeader; headerBytes: Uint8Array }> {
  const start = await read(0, MAGIC.length + 4);
  if (start.length < MAGIC.length + 4 || !isEncryptedArchive(start)) throw damaged();
  const length = new DataView(start.buffer, start.byteOffset, start.byteLength).getUint32(MAGIC.length);
  if (length > MAX_HEADER_JSON) throw damaged();
  const headerBytes = await read(0, MAGIC.length + 4 + length);
  if (headerBytes.length !== MAGIC.length + 4 + length) throw damaged();
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(headerBytes.subarray(MAGIC.length + 4)));
  } catch {
    throw damaged();
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw damaged('is damaged or uses unknown parameters');
  return { header: parsed.data, headerBytes };
}

/** Derives the key and checks it against the header's key check, so a wrong passphrase is named as such. */
export async function unlock(header: EncryptionHeader, passphrase: string): Promise<AesKey> {
  const key = await deriveKey(passphrase, fromB64(header.kdf.salt), header.kdf.iterations);
  try {
    await subtle().decrypt({ name: 'AES-GCM', iv: chunkIv(fromB64(header.noncePrefix), KEY_CHECK_INDEX) }, key, fromB64(header.keyCheck) as Uint8Array<ArrayBuffer>);
  } catch {
    throw new ArchiveError('wrong-passphrase', 'Wrong passphrase: this archive cannot be decrypted with it (or its header was altered)');
  }
  return key;
}
