import { Reader } from '@zip.js/zip.js';

/**
 * Bytes that can be read at any offset without holding them all: a Blob (a
 * File in the browser, fs.openAsBlob in Node), a file held open by the
 * desktop shell, or a decrypting view over either.
 */
export interface RandomAccessSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function blobSource(blob: Blob): RandomAccessSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Reads a source from start to end in pieces of `pieceBytes`, in order. */
export async function* piecesOf(source: RandomAccessSource, pieceBytes: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < source.size; offset += pieceBytes) {
    const piece = await source.read(offset, Math.min(pieceBytes, source.size - offset));
    if (piece.length === 0) throw new Error(`The file ended early, at byte ${offset} of ${source.size}`);
    yield piece;
  }
}

/** A zip.js Reader over a RandomAccessSource, so a zip is read by ranges instead of whole. */
export class SourceReader extends Reader<RandomAccessSource> {
  constructor(private readonly source: RandomAccessSource) {
    super(source);
  }

  override async init(): Promise<void> {
    await super.init?.();
    this.size = this.source.size;
  }

  override readUint8Array(index: number, length: number): Promise<Uint8Array> {
    return this.source.read(index, Math.max(0, Math.min(length, this.source.size - index)));
  }
}
