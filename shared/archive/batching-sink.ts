/** Where a streamed file goes, one batch at a time (the shell's writeChunk / finishSave / abortSave). */
export interface ChunkTarget {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason: unknown): Promise<void>;
}

/** Default batch: large enough that a 5 GB archive is ~1,300 IPC calls, small enough to be nothing in memory. */
export const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * A WritableStream that gathers the many small writes of a zip writer into
 * batches of `batchBytes` before handing each to the target, so a file is
 * written in few, bounded calls. Writes wait for the target (backpressure).
 */
export function batchingSink(target: ChunkTarget, batchBytes = BATCH_BYTES): WritableStream<Uint8Array> {
  let buffer = new Uint8Array(batchBytes);
  let filled = 0;
  const flush = async () => {
    if (filled === 0) return;
    // Exact-size copy for a short batch: IPC would copy a view's whole backing buffer.
    const batch = filled === batchBytes ? buffer : buffer.slice(0, filled);
    buffer = new Uint8Array(batchBytes); // the target may keep or transfer the batch it was given
    filled = 0;
    await target.write(batch);
  };
  return new WritableStream<Uint8Array>({
    async write(piece) {
      for (let at = 0; at < piece.length;) {
        const take = Math.min(batchBytes - filled, piece.length - at);
        buffer.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === batchBytes) await flush();
      }
    },
    async close() {
      await flush();
      await target.close();
    },
    abort: (reason) => target.abort(reason),
  });
}
