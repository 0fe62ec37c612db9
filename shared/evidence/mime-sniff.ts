import { fileTypeFromBuffer } from 'file-type/core';

/** Bytes that are enough for file-type to recognise most formats. */
export const SNIFF_BYTES = 4100;

export interface SniffedType {
  mime: string;
  /** True when the bytes did not say and we fell back to text / octet-stream. */
  isGuess: boolean;
}

/**
 * The MIME type from the file's first bytes (magic numbers via file-type),
 * never from its name: a JPEG renamed to .pdf is still a JPEG.
 */
export async function sniffMime(head: Uint8Array): Promise<SniffedType> {
  const detected = await fileTypeFromBuffer(head);
  if (detected) return { mime: detected.mime, isGuess: false };
  return { mime: looksLikeText(head) ? 'text/plain' : 'application/octet-stream', isGuess: true };
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  if (head.includes(0)) return false;
  try {
    // `stream` tolerates a multi-byte character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
