/** Where a read in parts starts, and how much one part reads. */
export interface PartRange {
  /** Start after this page (-Infinity: at the first). */
  afterPage: number;
  /** Stop at the end of the step that reaches this many items (a step is a few pages). */
  maxItems: number;
}

/** What each part says of where the read stands. */
export interface PartEnd {
  /** The last page read (where the next part starts); whether the case has no page after it. */
  lastPage: number;
  isLast: boolean;
}

/**
 * Items per part. A worker that reads 100,000 items grows its JS heap to
 * ~90 MB (V8's young generation, grown for what it reads); one that reads
 * 20,000, to ~48 MB.
 */
export const ITEMS_PER_PART = 20_000;

/**
 * Reads a case in parts, one after another, each where the last stopped. A
 * part is typically read by a worker of its own (ask-once.ts): V8 keeps the
 * pages an ended worker freed in a pool, and the next part's worker takes
 * them from there, so the whole read costs one part's peak, not the case's.
 */
export async function inParts<Part extends PartEnd>(readPart: (range: PartRange) => Promise<Part>, maxItems = ITEMS_PER_PART): Promise<Part[]> {
  const parts: Part[] = [];
  let range: PartRange = { afterPage: -Infinity, maxItems };
  for (;;) {
    const part = await readPart(range);
    parts.push(part);
    if (part.isLast) return parts;
    range = { afterPage: part.lastPage, maxItems };
  }
}
