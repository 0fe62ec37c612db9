/**
 * Writes a long batch in chunks, each chunk going to IndexedDB while the
 * caller builds the next one (hashing, canonical JSON), instead of building
 * everything first and writing after: the browser's database thread and the
 * page's thread then work at the same time. At most one chunk is in flight.
 * Call inside the transaction; only the write promises it is given are awaited.
 */
export function overlappedWrites() {
  let inFlight: Promise<unknown> | null = null;
  return {
    /** Starts writing this chunk, then waits for the one before it. */
    async write(start: () => Promise<unknown>): Promise<void> {
      const previous = inFlight;
      const current = start();
      // Its failure is raised by the next write or by finish; until then it is not unhandled.
      current.catch(() => undefined);
      inFlight = current;
      if (previous) await previous;
    },
    async finish(): Promise<void> {
      if (inFlight) await inFlight;
      inFlight = null;
    },
  };
}
