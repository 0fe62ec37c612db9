import { FrozenBuilder } from './frozen-builder';
import { asStored, FrozenIndex, type FrozenIndexData } from './frozen-index';
import { IndexQuery, type SearchHit, type SearchMatches } from './index-query';
import type { Doc, IndexView } from './index-view';
import type { PostingCodec } from './posting-codec';
import { TextIndex } from './text-index';

/** How a record's unindexed properties fit in the frozen base's one byte per record, and back. */
export interface FlagsShape<F extends string, D extends Doc<F>> {
  flagsOf(doc: D): number;
  /** The record with its unindexed properties back (`doc` is a fresh object: it may be written into). */
  withFlags(doc: Doc<F>, flags: number): D;
}

type Counts = { added: number; updated: number; removed: number };

/**
 * A frozen base (frozen-index.ts) with the records written since on top, in
 * a small mutable TextIndex. A record whose text changed, or that was
 * removed, is hidden in the base; a new or changed record goes on top; a
 * change of unindexed properties alone (an archive flag) is written into the
 * base's flags. Queries read both layers as one (IndexView): the base's
 * records keep their numbers, those on top are numbered after them; ranking
 * counts only the records searched, so it is the ranking of one index built
 * from the records as they are now.
 */
export class LayeredIndex<F extends string, D extends Doc<F>> implements IndexView<F, D> {
  private base: FrozenIndex | null = null;
  private top: TextIndex<F, D>;
  /** Base records no longer searched (changed or removed), one byte each, and their words per field. */
  private hidden = new Uint8Array(0);
  private hiddenList: number[] = [];
  private hiddenLengths: number[];
  private readonly queries = new IndexQuery<F, D>(this);

  constructor(readonly fields: readonly F[], readonly boosts: Partial<Record<F, number>>, private readonly shape: FlagsShape<F, D>) {
    this.top = new TextIndex<F, D>(fields, boosts);
    this.hiddenLengths = fields.map(() => 0);
  }

  /** Replaces everything with this base: what a builder made of the whole case. */
  setBase(data: FrozenIndexData): void {
    if (data.fieldCount !== this.fields.length) throw new Error('The frozen index has other fields.');
    this.base = new FrozenIndex(data);
    this.top = new TextIndex<F, D>(this.fields, this.boosts);
    this.hidden = new Uint8Array(this.base.count);
    this.hiddenList = [];
    this.hiddenLengths = this.fields.map(() => 0);
    // A record read twice while the case was being read (deleted and added again meanwhile): the last copy stands.
    for (const number of data.superseded) this.hide(number);
  }

  /** Builds the base from these records here (a worker of its own does it for a case: see evidence-base.ts). */
  sync(docs: readonly D[]): void {
    this.setBase(buildFrozen(this.fields, this.shape, docs));
  }

  /** The base's records (by id, for the feed that keeps it: evidence-feed.ts). */
  get frozen(): FrozenIndex | null {
    return this.base;
  }

  /** Records on top of the base: those written since it was built. */
  get topSize(): number {
    return this.top.size;
  }

  private get baseCount(): number {
    return this.base?.count ?? 0;
  }

  /** The base number of a searched base record with that id, or -1. */
  private baseNumber(id: string): number {
    const number = this.base?.numberOf(id) ?? -1;
    return number >= 0 && this.hidden[number] === 0 ? number : -1;
  }

  private hide(number: number): void {
    if (this.hidden[number] === 1) return;
    this.hidden[number] = 1;
    this.hiddenList.push(number);
    this.fields.forEach((_, field) => (this.hiddenLengths[field]! += this.base!.length(number, field)));
  }

  /** The record as last written (with its unindexed properties). */
  doc(id: string): D | undefined {
    const number = this.baseNumber(id);
    return number >= 0 ? this.record(number) : this.top.doc(id);
  }

  /** Brings some records up to date (added or changed) and removes others, leaving the rest as they are. */
  patch(docs: readonly D[], removedIds: Iterable<string>): Counts {
    /** Base records changed: the top counts them as added. */
    let movedUp = 0;
    let removedBelow = 0;
    const onTop: D[] = [];
    const offTop: string[] = [];
    for (const doc of docs) {
      const number = this.baseNumber(doc.id);
      if (number < 0) {
        onTop.push(doc);
      } else if (this.fields.every((field, at) => this.base!.text(number, at) === asStored(doc[field]))) {
        this.base!.flags[number] = this.shape.flagsOf(doc);
      } else {
        this.hide(number);
        movedUp += 1;
        onTop.push(doc);
      }
    }
    for (const id of removedIds) {
      const number = this.baseNumber(id);
      if (number < 0) offTop.push(id);
      else {
        this.hide(number);
        removedBelow += 1;
      }
    }
    const above = this.top.patch(onTop, offTop);
    return { added: above.added - movedUp, updated: above.updated + movedUp, removed: above.removed + removedBelow };
  }

  query(text: string): SearchHit[] {
    return this.queries.query(text);
  }

  matchAll(text: string): SearchMatches {
    return this.queries.matchAll(text);
  }

  best(text: string, limit: number, accept?: (doc: D) => boolean): { total: number; hits: SearchHit[] } {
    return this.queries.best(text, limit, accept && ((doc) => accept(this.record(doc))));
  }

  /** The same, tested on the unindexed flags alone: no record is made whole to be tested (a common word matches 30,000). */
  bestWithFlags(text: string, limit: number, accept: (flags: number) => boolean): { total: number; hits: SearchHit[] } {
    return this.queries.best(text, limit, (doc) => accept(this.flagsAt(doc)));
  }

  private flagsAt(doc: number): number {
    return doc >= this.baseCount ? this.shape.flagsOf(this.top.record(doc - this.baseCount)) : this.base!.flags[doc]!;
  }

  // What a query reads (IndexView).
  get codec(): PostingCodec {
    return this.top.codec;
  }

  get span(): number {
    return this.baseCount + this.top.span;
  }

  get size(): number {
    return this.baseCount - this.hiddenList.length + this.top.size;
  }

  startingWith(prefix: string): readonly string[] {
    const above = this.top.startingWith(prefix);
    if (this.base === null) return above;
    const below = this.base.startingWith(prefix);
    if (above.length === 0) return below;
    return [...new Set([...below, ...above])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The base's list as it is (hidden records in it: see `unsearched`), and the top's, renumbered after the base's. */
  postingLists(word: string): readonly ArrayLike<number>[] {
    const below = this.base?.postingsOf(word);
    const above = this.top.postingsOf(word);
    if (above.length === 0) return below ? [below] : [];
    const shift = this.codec.shift(this.baseCount);
    const shifted = Array.from(above, (posting) => posting + shift);
    return below ? [below, shifted] : [shifted];
  }

  unsearched(): Iterable<number> {
    return this.hiddenList;
  }

  record(doc: number): D {
    if (doc >= this.baseCount) return this.top.record(doc - this.baseCount);
    const base = this.base!;
    const record = { id: base.id(doc) } as Doc<F>;
    for (let at = 0; at < this.fields.length; at += 1) (record as Record<F, string>)[this.fields[at]!] = base.text(doc, at);
    return this.shape.withFlags(record, base.flags[doc]!);
  }

  id(doc: number): string {
    return doc >= this.baseCount ? this.top.id(doc - this.baseCount) : this.base!.id(doc);
  }

  length(doc: number, field: number): number {
    return doc >= this.baseCount ? this.top.length(doc - this.baseCount, field) : this.base!.length(doc, field);
  }

  totalLength(field: number): number {
    const below = this.base ? this.base.totalLengths[field]! - this.hiddenLengths[field]! : 0;
    return below + this.top.totalLength(field);
  }
}

/** A frozen index of these records (their ids all different), built from scratch. */
export function buildFrozen<F extends string, D extends Doc<F>>(fields: readonly F[], shape: FlagsShape<F, D>, docs: Iterable<D>): FrozenIndexData {
  const builder = new FrozenBuilder<F, D>(fields, shape.flagsOf);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}
