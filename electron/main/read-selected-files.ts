import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile, RefusedFile } from '../../shared/shell-api/results';

/**
 * Reads the files the user picked. One bad file never spoils the others:
 * each is either opened or refused with a reason the renderer can show.
 * Node only (no Electron), so it is tested against real files.
 */
export interface SelectedFiles {
  files: OpenedFile[];
  refused: RefusedFile[];
}

type Outcome = { kind: 'opened'; file: OpenedFile } | { kind: 'refused'; file: RefusedFile };

/**
 * A plain Uint8Array (not a Buffer) is what the contract promises. IPC copies
 * a view's whole backing memory, so a view into a larger (pooled) buffer is
 * copied down to its own bytes; an exact one is reused to spare memory.
 */
function asPlainBytes(buffer: Buffer): Uint8Array {
  const isExact = buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.byteLength;
  return isExact ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : Uint8Array.from(buffer);
}

async function readOne(path: string, maxBytes: number): Promise<Outcome> {
  const name = basename(path);
  let size = 0;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'refused', file: { name, size, reason: 'unreadable' } };
    size = info.size;
    // Checked before reading so an oversized file is never pulled into memory.
    if (size > maxBytes) return { kind: 'refused', file: { name, size, reason: 'too-large' } };
    const bytes = asPlainBytes(await readFile(path));
    return { kind: 'opened', file: { name, size: bytes.byteLength, bytes } };
  } catch {
    return { kind: 'refused', file: { name, size, reason: 'unreadable' } };
  }
}

export async function readSelectedFiles(paths: readonly string[], maxBytes: number): Promise<SelectedFiles> {
  const result: SelectedFiles = { files: [], refused: [] };
  // One at a time: several large files read in parallel could exhaust memory.
  for (const path of paths) {
    const outcome = await readOne(path, maxBytes);
    if (outcome.kind === 'opened') result.files.push(outcome.file);
    else result.refused.push(outcome.file);
  }
  return result;
}
