import { EncryptedPDFError, PDFDocument, ParseSpeeds, type PDFPage } from 'pdf-lib';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Hex } from '../audit/sha256';
import type { AttachmentRef } from '../domain/types';
import { embedImage, type EmbeddedImage } from './image-embed';
import type { ImageResampler } from './image-resample';
import { reattachLinks, sanitiseSource } from './sanitise-source';
import type { WarningCode } from './snapshot';

export type LoadedAttachment =
  | { kind: 'pdf'; pages: PDFPage[] }
  | EmbeddedImage
  | { kind: 'problem'; code: WarningCode; reason: string; detail?: string };

/** SHA-256 of bytes as lowercase hex; a caller may pass a synchronous native one (the command line does). */
export type Sha256Fn = (data: Uint8Array) => string | Promise<string>;
/** Reads and verifies the file an attachment names (see fetchAttachment). */
export type FetchFile = (ref: AttachmentRef) => Promise<FetchedFile>;

/** `reason` is printed on the slip sheet for the court; `detail` (technical) goes only to the report. */
export type FetchedFile = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'problem'; code: WarningCode; reason: string; detail?: string };

/**
 * Reads and verifies a file. Kept apart from placing it so the builder can
 * fetch the next exhibit (I/O, hashing off the main thread) while it lays out
 * the current one.
 */
export async function fetchAttachment(
  ref: AttachmentRef,
  readFile: (sha256: string) => Promise<Uint8Array | null>,
  /** Null when hashes are not verified on export. */
  sha256: Sha256Fn | null,
): Promise<FetchedFile> {
  let bytes: Uint8Array | null;
  try {
    bytes = await readFile(ref.sha256);
  } catch (e) {
    return { kind: 'problem', code: 'missing-file', reason: 'The file could not be read from the case file store.', detail: errorText(e) };
  }
  if (!bytes) return { kind: 'problem', code: 'missing-file', reason: 'The file is not in the case file store.' };
  if (sha256) {
    const actual = await sha256(bytes);
    if (actual !== ref.sha256.toLowerCase()) {
      return { kind: 'problem', code: 'hash-mismatch', reason: `The stored file does not match its recorded SHA-256 (it hashes to ${actual}); it was not included.` };
    }
  }
  return { kind: 'bytes', bytes };
}

/**
 * Turns fetched bytes into something placeable: copied PDF pages, an embedded
 * image, or a problem that becomes a slip sheet. Never throws for bad input —
 * a court bundle with one unreadable exhibit must still build.
 */
export async function placeAttachment(
  doc: PDFDocument,
  ref: AttachmentRef,
  fetched: FetchedFile,
  /** How images too large for 300 dpi are resampled; 'refuse' where only a PDF belongs (an image is then never embedded). */
  images: ImageResampler | 'refuse',
): Promise<LoadedAttachment> {
  if (fetched.kind === 'problem') return fetched;
  const { bytes } = fetched;
  const kind = sniff(bytes) ?? mimeKind(ref.mime);
  if (kind === 'pdf') return loadPdf(doc, bytes);
  if (kind === 'jpeg' || kind === 'png') {
    if (images === 'refuse') return { kind: 'problem', code: 'unsupported-file', reason: 'A PDF is expected here; an image was attached.' };
    try {
      return await embedImage(doc, kind, bytes, images);
    } catch (e) {
      return { kind: 'problem', code: 'unreadable-image', reason: 'The image file is damaged and could not be shown. The original file is identified by its SHA-256 below.', detail: errorText(e) };
    }
  }
  return { kind: 'problem', code: 'unsupported-file', reason: `Files of type ${ref.mime || 'unknown'} cannot be shown on paper; the original is available in electronic form.` };
}

const DAMAGED = 'The PDF file is damaged and its pages could not be read. The original file is identified by its SHA-256 below.';

async function loadPdf(doc: PDFDocument, bytes: Uint8Array): Promise<LoadedAttachment> {
  let src: PDFDocument;
  try {
    // Fastest: no setTimeout pauses between object batches (progress is reported per document instead).
    src = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false, throwOnInvalidObject: false });
  } catch (e) {
    // pdf-lib is compiled to ES5, where `instanceof` fails for Error subclasses: check the name and message too.
    if (e instanceof EncryptedPDFError || /is encrypted/i.test(errorText(e))) {
      return { kind: 'problem', code: 'encrypted-pdf', reason: 'The PDF is encrypted (password-protected), so its pages cannot be merged. Provide a decrypted copy.' };
    }
    return { kind: 'problem', code: 'unreadable-pdf', reason: DAMAGED, detail: errorText(e) };
  }
  try {
    const srcPages = src.getPages();
    if (srcPages.length === 0) return { kind: 'problem', code: 'unreadable-pdf', reason: DAMAGED, detail: 'no pages could be read' };
    const pending = sanitiseSource(src, srcPages);
    // One copyPages call per source document: per-page calls duplicate shared fonts and images.
    const pages = await doc.copyPages(src, srcPages.map((_, i) => i));
    reattachLinks(pages, pending);
    return { kind: 'pdf', pages };
  } catch (e) {
    return { kind: 'problem', code: 'unreadable-pdf', reason: DAMAGED, detail: `pages could not be copied: ${errorText(e)}` };
  }
}

function sniff(bytes: Uint8Array): 'pdf' | 'jpeg' | 'png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  // The header may follow some junk; readers accept it within the first 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? 'pdf' : null;
}

function mimeKind(mime: string): 'pdf' | 'jpeg' | 'png' | null {
  if (mime === 'application/pdf') return 'pdf';
  if (mime === 'image/jpeg') return 'jpeg';
  if (mime === 'image/png') return 'png';
  return null;
}

interface SubtleDigest {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

/** Native SHA-256 (WebCrypto, in workers and Node) when present; the pure-JS hash otherwise. */
export const webSha256: Sha256Fn = async (data) => {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle;
  if (!subtle) return sha256Hex(data);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', data)));
};

export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
