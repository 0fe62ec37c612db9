import { batchingSink } from '@shared/archive/batching-sink';
import type { RandomAccessSource } from '@shared/archive/random-access';
import type { FinishSaveResult, ShellApi } from '@shared/shell-api/api';
import { MAX_STREAM_CHUNK_BYTES } from '@shared/shell-api/schemas';

type SaveShell = Pick<ShellApi, 'writeChunk' | 'finishSave' | 'abortSave'>;

/**
 * A WritableStream into a file the shell holds open: batches of 4 MB to
 * writeChunk, finishSave on close, abortSave (the partial file is deleted)
 * on abort or a failed write. `saved` resolves once the file has its name.
 */
export function shellSaveStream(shell: SaveShell, handle: string) {
  let resolveSaved!: (result: FinishSaveResult) => void;
  const saved = new Promise<FinishSaveResult>((resolve) => { resolveSaved = resolve; });
  let isDiscarded = false;
  // The export already failed or was cancelled; a failure to delete must not hide why.
  const discard = async () => {
    if (isDiscarded) return;
    isDiscarded = true;
    await shell.abortSave({ handle }).catch(() => undefined);
  };
  const writable = batchingSink({
    async write(bytes) {
      try {
        await shell.writeChunk({ handle, bytes });
      } catch (error) {
        // A failed write errors the stream, and an errored stream never calls abort: delete the partial file here.
        await discard();
        throw error;
      }
    },
    close: async () => resolveSaved(await shell.finishSave({ handle })),
    abort: discard,
  });
  return { writable, saved };
}

/** A file the shell holds open for reading, read by ranges through readChunk. */
export function shellReadSource(shell: Pick<ShellApi, 'readChunk'>, handle: string, size: number): RandomAccessSource {
  return {
    size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      if (end - offset <= MAX_STREAM_CHUNK_BYTES) return offset >= end ? new Uint8Array(0) : (await shell.readChunk({ handle, offset, length: end - offset })).bytes;
      const out = new Uint8Array(end - offset);
      for (let at = offset; at < end;) {
        const { bytes } = await shell.readChunk({ handle, offset: at, length: Math.min(MAX_STREAM_CHUNK_BYTES, end - at) });
        if (bytes.length === 0) return out.slice(0, at - offset);
        out.set(bytes, at - offset);
        at += bytes.length;
      }
      return out;
    },
  };
}
