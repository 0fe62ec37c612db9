import { ArchiveError } from './archive-error';

/** What an archive may declare before a byte of it is inflated. Generous for real cases, fatal to bombs. */
export interface ArchiveLimits {
  maxEntries: number;
  /** case.json and manifest.json are parsed as one string each. */
  maxJsonBytes: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size allowed for an entry larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const GiB = 1024 ** 3;
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 200_000,
  maxJsonBytes: 256 * 1024 ** 2,
  maxFileBytes: 16 * GiB,
  maxTotalBytes: 64 * GiB,
  // Deflate tops out near 1032:1; real evidence (media, PDFs) barely compresses, JSON about 10:1.
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2,
};

export const CASE_JSON = 'case.json';
export const MANIFEST_JSON = 'manifest.json';
const FILE_ENTRY = /^files\/[0-9a-f]{64}$/;

/** Refuses names that could escape a folder if anyone ever unpacked the archive: `..`, absolute, drive letters, backslashes. */
export function checkEntryName(name: string): void {
  const unsafe = name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[a-zA-Z]:/.test(name)
    || name.split('/').some((part) => part === '..' || part === '.');
  if (unsafe) throw new ArchiveError('unsafe-path', `${JSON.stringify(name)}: unsafe path in the archive (absolute, "..", or a backslash)`, { name });
}

export type EntryRole = 'manifest' | 'case' | 'file' | 'folder';

/** The only entries an archive has: manifest.json, case.json, files/<sha256> (and the files/ folder some zip tools add). */
export function roleOf(name: string): EntryRole {
  if (name === MANIFEST_JSON) return 'manifest';
  if (name === CASE_JSON) return 'case';
  if (name === 'files/') return 'folder';
  if (FILE_ENTRY.test(name)) return 'file';
  throw new ArchiveError('unexpected-entry', `${JSON.stringify(name)}: not part of a case archive (only manifest.json, case.json and files/<sha256>)`, { name });
}

export interface DeclaredEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** Checks the sizes the zip's directory declares, before inflating anything. */
export function checkDeclaredSizes(entries: readonly DeclaredEntry[], limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries) {
    throw new ArchiveError('too-many-entries', `The archive has ${entries.length} entries; the limit is ${limits.maxEntries}`, { count: entries.length, max: limits.maxEntries });
  }
  let total = 0;
  for (const e of entries) {
    const role = roleOf(e.name);
    const max = role === 'file' ? limits.maxFileBytes : limits.maxJsonBytes;
    if (e.uncompressedSize > max) {
      throw new ArchiveError('entry-too-large', `${e.name}: declares ${e.uncompressedSize} bytes; the limit is ${max}`, { name: e.name, size: e.uncompressedSize, max });
    }
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new ArchiveError('compression-ratio', `${e.name}: compressed ${ratio}:1, beyond the ${limits.maxRatio}:1 limit (a zip bomb?)`, { name: e.name, ratio, max: limits.maxRatio });
    }
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw new ArchiveError('archive-too-large', `The archive unpacks to ${total} bytes; the limit is ${limits.maxTotalBytes}`, { size: total, max: limits.maxTotalBytes });
  }
}
