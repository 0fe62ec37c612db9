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
  /** The base, in parts numbered one after another (a case is built a part at a time: evidence-base-client.ts). */
  private parts: FrozenIndex[] = [];
  private baseCount = 0;
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

  /** Replaces everything with this base (its parts in order): what a builder made of the whole case. */
  setBase(data: FrozenIndexData | readonly FrozenIndexData[]): void {
    const parts = (Array.isArray(data) ? data : [data]) as readonly FrozenIndexData[];
    let next = 0;
    for (const part of parts) {
      if (part.fieldCount !== this.fields.length) throw new Error('The frozen index has other fields.');
      if (part.first !== next) throw new Error('The parts of a frozen index must be numbered one after another.');
      next += part.count;
    }
    this.parts = parts.map((part) => new FrozenIndex(part));
    this.baseCount = next;
    this.top = new TextIndex<F, D>(this.fields, this.boosts);
    this.hidden = new Uint8Array(next);
    this.hiddenList = [];
    this.hiddenLengths = this.fields.map(() => 0);
    // A record read twice while the case was read (deleted and added again meanwhile): the last copy stands.
    for (const part of this.parts) for (const number of part.superseded()) this.hide(number);
    if (this.parts.length > 1) this.hideCopiesAcrossParts();
  }

  /** The parts' ids walked together in id order (each part's are sorted): an id in two parts keeps its copy in the later one. */
  private hideCopiesAcrossParts(): void {
    const ranks = this.parts.map(() => 0);
    const current = this.parts.map((part) => (part.idCount > 0 ? part.idAtRank(0) : null));
    for (;;) {
      let lowest: string | null = null;
      for (const id of current) if (id !== null && (lowest === null || id < lowest)) lowest = id;
      if (lowest === null) return;
      let kept = -1;
      this.parts.forEach((part, at) => {
        if (current[at] !== lowest) return;
        if (kept >= 0) this.hide(this.parts[kept]!.numberAtRank(ranks[kept]! - 1));
        kept = at;
        ranks[at]! += 1;
        current[at] = ranks[at]! < part.idCount ? part.idAtRank(ranks[at]!) : null;
      });
    }
  }

  /** Builds the base from these records here (a worker of its own does it for a case: see evidence-base.ts). */
  sync(docs: readonly D[]): void {
    this.setBase(buildFrozen(this.fields, this.shape, docs));
  }

  /** Records on top of the base: those written since it was built. */
  get topSize(): number {
    return this.top.size;
  }

  /** What the base holds outside the JS heap (for the bench). */
  get baseFootprint(): { arrayBytes: number; textBytes: number } {
    return this.parts.reduce((sum, part) => ({ arrayBytes: sum.arrayBytes + part.arrayBytes, textBytes: sum.textBytes + part.textBytes }), { arrayBytes: 0, textBytes: 0 });
  }

  private partOf(doc: number): FrozenIndex {
    for (let at = this.parts.length - 1; at >= 0; at -= 1) if (doc >= this.parts[at]!.first) return this.parts[at]!;
    throw new RangeError(`No base record ${doc}.`);
  }

  /** The id of a base record, searched or not (for the feed that keeps the base: evidence-feed.ts). */
  baseId(doc: number): string {
    return this.partOf(doc).id(doc);
  }

  /** The number of the base record with that id, searched or not, its last copy; -1 if none. */
  baseNumberOf(id: string): number {
    for (let at = this.parts.length - 1; at >= 0; at -= 1) {
      const number = this.parts[at]!.numberOf(id);
      if (number >= 0) return number;
    }
    return -1;
  }

  /** The searched base records with that id (one, or more when it was read twice across parts). */
  private copies(id: string): number[] {
    const found: number[] = [];
    for (const part of this.parts) {
      const number = part.numberOf(id);
      if (number >= 0 && this.hidden[number] === 0) found.push(number);
    }
    return found;
  }

  private hide(number: number): void {
    if (this.hidden[number] === 1) return;
    this.hidden[number] = 1;
    this.hiddenList.push(number);
    const part = this.partOf(number);
    this.fields.forEach((_, field) => (this.hiddenLengths[field]! += part.length(number, field)));
  }

  /** The record as last written (with its unindexed properties). */
  doc(id: string): D | undefined {
    const copies = this.copies(id);
    return copies.length > 0 ? this.record(copies[copies.length - 1]!) : this.top.doc(id);
  }

  /** Brings some records up to date (added or changed) and removes others, leaving the rest as they are. */
  patch(docs: readonly D[], removedIds: Iterable<string>): Counts {
    /** Base records changed: the top counts them as added. */
    let movedUp = 0;
    let removedBelow = 0;
    const onTop: D[] = [];
    const offTop: string[] = [];
    for (const doc of docs) {
      const copies = this.copies(doc.id);
      if (copies.length === 0) {
        onTop.push(doc);
      } else if (copies.length === 1 && this.fields.every((field, at) => this.partOf(copies[0]!).text(copies[0]!, at) === asStored(doc[field]))) {
        this.partOf(copies[0]!).setFlags(copies[0]!, this.shape.flagsOf(doc));
      } else {
        copies.forEach((number) => this.hide(number));
        movedUp += 1;
        onTop.push(doc);
      }
    }
    for (const id of removedIds) {
      const copies = this.copies(id);
      if (copies.length === 0) offTop.push(id);
      else {
        copies.forEach((number) => this.hide(number));
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
    return doc >= this.baseCount ? this.shape.flagsOf(this.top.record(doc - this.baseCount)) : this.partOf(doc).flagsOf(doc);
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
    const lists = [...this.parts.map((part) => part.startingWith(prefix)), this.top.startingWith(prefix)].filter((list) => list.length > 0);
    return lists.length <= 1 ? (lists[0] ?? []) : lists.reduce(mergeSorted);
  }

  /** Each part's list as it is (hidden records in it: see `unsearched`), and the top's, renumbered after the base's. */
  postingLists(word: string): readonly ArrayLike<number>[] {
    const lists: ArrayLike<number>[] = [];
    for (const part of this.parts) {
      const list = part.postingsOf(word);
      if (list.length > 0) lists.push(list);
    }
    const above = this.top.postingsOf(word);
    if (above.length > 0) {
      const shift = this.codec.shift(this.baseCount);
      lists.push(Array.from(above, (posting) => posting + shift));
    }
    return lists;
  }

  unsearched(): Iterable<number> {
    return this.hiddenList;
  }

  record(doc: number): D {
    if (doc >= this.baseCount) return this.top.record(doc - this.baseCount);
    const part = this.partOf(doc);
    const record = { id: part.id(doc) } as Doc<F>;
    for (let at = 0; at < this.fields.length; at += 1) (record as Record<F, string>)[this.fields[at]!] = part.text(doc, at);
    return this.shape.withFlags(record, part.flagsOf(doc));
  }

  text(doc: number, field: number): string {
    return doc >= this.baseCount ? this.top.text(doc - this.baseCount, field) : this.partOf(doc).text(doc, field);
  }

  id(doc: number): string {
    return doc >= this.baseCount ? this.top.id(doc - this.baseCount) : this.partOf(doc).id(doc);
  }

  length(doc: number, field: number): number {
    return doc >= this.baseCount ? this.top.length(doc - this.baseCount, field) : this.partOf(doc).length(doc, field);
  }

  totalLength(field: number): number {
    const below = this.parts.reduce((sum, part) => sum + part.totalLengths[field]!, 0) - this.hiddenLengths[field]!;
    return below + this.top.totalLength(field);
  }
}

/** Two lists of words in code-unit order made one, each word once (a prefix like "1" matches 100,000 numbers: no sort). */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) merged.push(a[i++]!);
    else if (b[j]! < a[i]!) merged.push(b[j++]!);
    else {
      merged.push(a[i++]!);
      j += 1;
    }
  }
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** A frozen index of these records (numbered from `first`), built from scratch. */
export function buildFrozen<F extends string, D extends Doc<F>>(fields: readonly F[], shape: FlagsShape<F, D>, docs: Iterable<D>, first = 0): FrozenIndexData {
  const builder = new FrozenBuilder<F, D>(fields, shape.flagsOf, first);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}
