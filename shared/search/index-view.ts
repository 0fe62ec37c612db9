import type { PostingCodec } from './posting-codec';

/** A searched record: its id and the text of each searched field; other properties ride along unindexed (labels for results). */
export type Doc<F extends string> = { id: string } & Record<F, string>;

/**
 * What a query reads of an index, whatever holds it: the mutable lists of a
 * TextIndex, or a frozen base with the records changed since on top
 * (layered-index.ts). Records are known by number; postings pack the number
 * (posting-codec.ts).
 */
export interface IndexView<F extends string, D extends Doc<F>> {
  readonly fields: readonly F[];
  readonly boosts: Partial<Record<F, number>>;
  readonly codec: PostingCodec;
  /** Every record's number is below this. */
  readonly span: number;
  /** How many records are searched. */
  readonly size: number;
  /** The indexed words that start with `prefix` (a word none of the searched records holds may be among them). */
  startingWith(prefix: string): readonly string[];
  /**
   * The word's postings, in one list or a few (one per layer), as they are
   * kept: they may name records no longer searched (`unsearched`), which a
   * query skips, rather than be copied without them.
   */
  postingLists(word: string): readonly ArrayLike<number>[];
  /** Numbers of records that postings may still name but that are not searched (few: those changed since a base was built). */
  unsearched(): Iterable<number>;
  /** The searched record of that number. */
  record(doc: number): D;
  /** One field's text alone (a phrase is looked for in the fields that hold its words, of thousands of records). */
  text(doc: number, field: number): string;
  /** Its id alone (a common word matches 30,000 records: no need to make each whole). */
  id(doc: number): string;
  /** How many words the record has in the field. */
  length(doc: number, field: number): number;
  /** How many words all searched records have in the field. */
  totalLength(field: number): number;
}
