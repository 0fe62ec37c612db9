import { IndexQuery, type SearchHit, type SearchMatches } from './index-query';
import type { Doc, IndexView } from './index-view';
import { countWords } from './normalize';
import type { PostingCodec } from './posting-codec';
import { WordPostings } from './word-postings';

export type { Doc } from './index-view';
export type { SearchHit, SearchMatches } from './index-query';

export function toMatches(hits: readonly SearchHit[]): SearchMatches {
  const terms = new Set<string>();
  for (const hit of hits) for (const term of hit.terms) terms.add(term);
  return { ids: hits.map((h) => h.id), terms: [...terms] };
}

/**
 * A full-text index over any records that folds accents and case, matches
 * every word also as the start of a longer word, requires all words, checks
 * quoted phrases, and ranks by BM25+ with a weight per field. Its lists are
 * compact (word-postings.ts): 100,000 exhibits fit in a few tens of MB.
 * `sync` and `patch` bring it in line with the database after a write,
 * touching only the records whose searched text changed.
 */
export class TextIndex<F extends string, D extends Doc<F> = Doc<F>> implements IndexView<F, D> {
  private readonly words: WordPostings;
  /** Each record's number in the postings; the record by number; numbers freed by removed records. */
  private readonly numbers = new Map<string, number>();
  private readonly records: (D | undefined)[] = [];
  private readonly freeNumbers: number[] = [];
  /** Numbers freed since the last flush: their postings are listed until then, so they are not reused before. */
  private freed: number[] = [];
  /** Words in each record's field (number × fields + field): a match in a long description counts less than in a title. */
  private lengths = new Uint16Array(4096);
  private readonly totalLengths: number[];
  private readonly queries = new IndexQuery<F, D>(this);

  constructor(readonly fields: readonly F[], readonly boosts: Partial<Record<F, number>> = {}) {
    if (fields.length > 32) throw new Error('A text index searches 32 fields at most.');
    this.words = new WordPostings(fields.length);
    this.totalLengths = fields.map(() => 0);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** The record as last synced (with its unindexed properties). */
  doc(id: string): D | undefined {
    const number = this.numbers.get(id);
    return number === undefined ? undefined : this.records[number];
  }

  private hasSameText(before: D, doc: D): boolean {
    return this.fields.every((field) => before[field] === doc[field]);
  }

  /** Makes the index hold exactly these records. */
  sync(docs: readonly D[]): { added: number; updated: number; removed: number } {
    const counts = { added: 0, updated: 0, removed: 0 };
    // A first build has nothing to remove: no set of 100,000 ids to find out.
    const seen = this.numbers.size > 0 ? new Set<string>() : null;
    for (const doc of docs) {
      seen?.add(doc.id);
      this.upsert(doc, counts);
    }
    // Deleting the entry being visited is safe while iterating a Map: no copy of 100,000 entries per sync.
    if (seen !== null) for (const id of this.numbers.keys()) if (!seen.has(id)) this.remove(id, counts);
    this.settle();
    return counts;
  }

  /** Brings some records up to date (added or changed) and removes others, leaving the rest as they are. */
  patch(docs: readonly D[], removedIds: Iterable<string>): { added: number; updated: number; removed: number } {
    const counts = { added: 0, updated: 0, removed: 0 };
    for (const doc of docs) this.upsert(doc, counts);
    for (const id of removedIds) this.remove(id, counts);
    this.settle();
    return counts;
  }

  private upsert(doc: D, counts: { added: number; updated: number }): void {
    const number = this.numbers.get(doc.id);
    const before = number === undefined ? undefined : this.records[number]!;
    if (before === undefined) {
      counts.added += 1;
      this.add(doc);
    } else if (this.hasSameText(before, doc)) {
      // Unindexed properties (a fact's date, an archive flag) may change alone: the stored record is always the latest.
      this.records[number!] = doc;
    } else {
      this.discard(before);
      counts.updated += 1;
      this.add(doc);
    }
  }

  private remove(id: string, counts: { removed: number }): void {
    const doc = this.doc(id);
    if (doc === undefined) return;
    this.discard(doc);
    counts.removed += 1;
  }

  private add(doc: D): void {
    const number = this.freeNumbers.pop() ?? this.records.length;
    this.numbers.set(doc.id, number);
    this.records[number] = doc;
    this.list(doc, number, true, (word, posting) => this.words.add(word, posting));
  }

  private discard(doc: D): void {
    const number = this.numbers.get(doc.id)!;
    this.list(doc, number, false, (word, posting) => this.words.remove(word, posting));
    this.numbers.delete(doc.id);
    this.records[number] = undefined;
    this.freed.push(number);
  }

  /** Hands each word of the record to `visit` with its posting, and records (or, once discarded, forgets) each field's length. */
  private list(doc: D, number: number, isAdding: boolean, visit: (word: string, posting: number) => void): void {
    const base = number * this.fields.length;
    this.reserve(base + this.fields.length);
    this.fields.forEach((field, at) => {
      const length = countWords(String(doc[field] ?? ''), (word, count) => visit(word, this.words.posting(number, at, count)));
      this.totalLengths[at]! += isAdding ? length : -length;
      this.lengths[base + at] = isAdding ? length : 0;
    });
  }

  private reserve(slots: number): void {
    if (slots <= this.lengths.length) return;
    const grown = new Uint16Array(Math.max(slots, this.lengths.length * 2));
    grown.set(this.lengths);
    this.lengths = grown;
  }

  /** Carries out the batch's removals, then lets removed records' numbers be used again. */
  private settle(): void {
    this.words.flush();
    for (const number of this.freed) this.freeNumbers.push(number);
    this.freed = [];
  }

  /** Every matching record, best first. */
  query(text: string): SearchHit[] {
    return this.queries.query(text);
  }

  /** Every matching record in no particular order, as ids and matched words: the register sorts by its own columns. */
  matchAll(text: string): SearchMatches {
    return this.queries.matchAll(text);
  }

  /** The `limit` best matches that pass `accept`, and how many passed in all. */
  best(text: string, limit: number, accept?: (doc: D) => boolean): { total: number; hits: SearchHit[] } {
    return this.queries.best(text, limit, accept && ((doc) => accept(this.records[doc]!)));
  }

  // What a query reads (IndexView).
  get codec(): PostingCodec {
    return this.words;
  }

  get span(): number {
    return this.records.length;
  }

  startingWith(prefix: string): readonly string[] {
    return this.words.startingWith(prefix);
  }

  postingsOf(word: string): ArrayLike<number> {
    const postings = this.words.of(word);
    return typeof postings === 'number' ? [postings] : postings;
  }

  postingLists(word: string): readonly ArrayLike<number>[] {
    return [this.postingsOf(word)];
  }

  /** None: a removed record's postings are gone once a write is settled. */
  unsearched(): Iterable<number> {
    return [];
  }

  record(doc: number): D {
    return this.records[doc]!;
  }

  text(doc: number, field: number): string {
    return this.records[doc]![this.fields[field]!];
  }

  id(doc: number): string {
    return this.records[doc]!.id;
  }

  length(doc: number, field: number): number {
    return this.lengths[doc * this.fields.length + field]!;
  }

  totalLength(field: number): number {
    return this.totalLengths[field]!;
  }
}
