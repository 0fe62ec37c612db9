/** Times a word is counted in one field at most: enough to weigh it, and four bits. */
const MAX_COUNT = 15;
const COUNT_SLOTS = MAX_COUNT + 1;

/**
 * A posting — one word in one field of one record — packed into one integer:
 * the record's number, the field, and how often the word is there (capped at
 * 15). Every layer of an index packs the same way, so a posting of a later
 * layer is the same posting moved up by the records below it (`shift`).
 */
export class PostingCodec {
  constructor(readonly fieldCount: number) {}

  posting(doc: number, field: number, count: number): number {
    return (doc * this.fieldCount + field) * COUNT_SLOTS + Math.min(count, MAX_COUNT);
  }

  docOf(posting: number): number {
    return Math.floor(posting / (this.fieldCount * COUNT_SLOTS));
  }

  fieldOf(posting: number): number {
    return Math.floor(posting / COUNT_SLOTS) % this.fieldCount;
  }

  countOf(posting: number): number {
    return posting % COUNT_SLOTS;
  }

  /** What adding `docs` to a posting's record number adds to the posting. */
  shift(docs: number): number {
    return docs * this.fieldCount * COUNT_SLOTS;
  }
}
