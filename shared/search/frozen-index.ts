import { lowerBound } from './lower-bound';
import { PostingCodec } from './posting-codec';

/**
 * A full-text index frozen into a few large blocks — typed arrays, the text
 * as UTF-8 — instead of a million small objects. It is what the search worker
 * keeps for the bulk of a case: the builder that reads 100,000 exhibits fills
 * its JS heap (and V8's young generation, which grows to 64 MB for a heap that
 * busy and is slow to give it back); the worker that receives these blocks
 * holds them outside that churn, and the builder is thrown away.
 *
 * Only typed arrays, so it crosses between workers by postMessage,
 * transferred, not copied (frozen-builder.ts makes it). The text stays UTF-8:
 * a word, an id or a field is decoded when asked for. (Decoded whole, the
 * blocks took as much again as strings, and the UTF-8 they came from lingered
 * until the worker's next full GC, which a heap as quiet as its may not see
 * for minutes.)
 */
export interface FrozenIndexData {
  fieldCount: number;
  /** Records, numbered from `first` on (a case built in parts: each part goes on from the numbers of those before). */
  first: number;
  count: number;
  /** Every indexed word in code-unit order (as `<` orders strings), as UTF-8; word `i` ends at byte `wordEnds[i]`. */
  words: Uint8Array;
  wordEnds: Uint32Array;
  /** Each word's postings (posting-codec.ts) in one list; word `i`'s end at `postingEnds[i]`. */
  postings: Uint32Array;
  postingEnds: Uint32Array;
  /** Words per record and field (record × fields + field), and their sums per field. */
  lengths: Uint16Array;
  totalLengths: number[];
  /** Per field, every record's text, as the words are (each ends at byte `textEnds[field][record]`); the ids likewise. */
  texts: Uint8Array[];
  textEnds: Uint32Array[];
  ids: Uint8Array;
  idEnds: Uint32Array;
  /** Record numbers (less `first`) in the order of their ids, to find a record by id; an id read twice, its last copy only. */
  byId: Uint32Array;
  /** Earlier copies of an id read twice (an item deleted and added again while the case was being read): not to be searched. */
  superseded: Uint32Array;
  /** One byte per record for what rides along unindexed (for evidence: archived or not). */
  flags: Uint8Array;
}

/** The typed arrays of the data, to transfer rather than copy. */
export function transferablesOf(data: FrozenIndexData): ArrayBuffer[] {
  const arrays = [data.words, data.wordEnds, data.postings, data.postingEnds, data.lengths, ...data.texts, ...data.textEnds, data.ids, data.idEnds, data.byId, data.superseded, data.flags];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** A word's postings in a part that lacks it: one empty list for all (most words are in one part only). */
const NO_POSTINGS = new Uint32Array(0);

/** Where the block's `at`-th string starts and ends. */
const startOf = (ends: Uint32Array, at: number) => (at === 0 ? 0 : ends[at - 1]!);

/** FNV-1a over bytes[start, end). */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
  return hash >>> 0;
}

/** Whether bytes[start, end) begin with `key` (the whole of it, when `isWhole`). */
function holdsAt(bytes: Uint8Array, start: number, end: number, key: Uint8Array, isWhole: boolean): boolean {
  if (isWhole ? end - start !== key.length : end - start < key.length) return false;
  for (let at = 0; at < key.length; at += 1) if (bytes[start + at] !== key[at]) return false;
  return true;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

/** The text as UTF-8, in a buffer reused by the next call (a query looks up thousands of words: no copy each). */
function bytesOf(text: string): Uint8Array {
  if (text.length * 3 > scratch.length) scratch = new Uint8Array(text.length * 3);
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

/** Where each of a block's strings ends in UTF-16 code units, from where it ends in UTF-8 bytes: a letter of four bytes is two units, any other one. */
function unitEnds(bytes: Uint8Array, byteEnds: Uint32Array): Uint32Array {
  const ends = new Uint32Array(byteEnds.length);
  let units = 0;
  let at = 0;
  byteEnds.forEach((end, n) => {
    for (; at < end; at += 1) {
      const byte = bytes[at]!;
      // A continuation byte (10xxxxxx) adds nothing; a lead byte of four (11110xxx) starts a surrogate pair.
      if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
    }
    ends[n] = units;
  });
  return ends;
}

/** UTF-8 decoded as written: a text that begins with U+FEFF keeps it (by default a decoder drops it, and every offset after would be one off). */
export const utf8 = () => new TextDecoder('utf-8', { ignoreBOM: true });

/** A field's text as the frozen index gives it back: missing is empty, a lone surrogate (which UTF-8 cannot hold) is U+FFFD. */
export function asStored(text: string | null | undefined): string {
  return String(text ?? '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Reads frozen data: words by prefix, postings, and each record's text, id
 * and flags. Records are known by their numbers (from `first` on), as the
 * postings name them.
 */
export class FrozenIndex {
  readonly codec: PostingCodec;
  readonly first: number;
  readonly count: number;
  /** By record number less `first`; written in place when only a record's unindexed properties change (`setFlags`). */
  private readonly flags: Uint8Array;
  readonly totalLengths: readonly number[];
  private readonly words: Uint8Array;
  private readonly wordEnds: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly postingEnds: Uint32Array;
  private readonly lengths: Uint16Array;
  private readonly texts: Uint8Array[];
  private readonly textEnds: Uint32Array[];
  /** The ids, decoded whole: a query for a common word names 30,000 records by id, and a cut is cheaper than a decode. */
  private readonly ids: string;
  private readonly idEnds: Uint32Array;
  private readonly byId: Uint32Array;
  private readonly supersededCopies: Uint32Array;
  /** Open addressing: each word's position plus one at its hash's slot (or the next free one); 0 is free. */
  private readonly slots: Uint32Array;
  private readonly decoder = utf8();
  /** What it holds outside the JS heap: typed arrays, and the text (UTF-8; the ids as one string). */
  readonly arrayBytes: number;
  readonly textBytes: number;

  constructor(data: FrozenIndexData) {
    this.codec = new PostingCodec(data.fieldCount);
    this.first = data.first;
    this.count = data.count;
    this.flags = data.flags;
    this.totalLengths = data.totalLengths;
    this.words = data.words;
    this.wordEnds = data.wordEnds;
    this.postings = data.postings;
    this.postingEnds = data.postingEnds;
    this.lengths = data.lengths;
    this.texts = data.texts;
    this.textEnds = data.textEnds;
    this.ids = this.decoder.decode(data.ids);
    this.idEnds = unitEnds(data.ids, data.idEnds);
    this.byId = data.byId;
    this.supersededCopies = data.superseded;
    this.slots = new Uint32Array(2 ** Math.ceil(Math.log2(Math.max(this.wordEnds.length * 2, 2))));
    const mask = this.slots.length - 1;
    for (let rank = 0; rank < this.wordEnds.length; rank += 1) {
      let slot = hashOf(this.words, startOf(this.wordEnds, rank), this.wordEnds[rank]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = rank + 1;
    }
    this.arrayBytes = [this.slots, data.wordEnds, data.postings, data.postingEnds, data.lengths, ...data.textEnds, this.idEnds, data.byId, data.flags].reduce((sum, a) => sum + a.byteLength, 0);
    this.textBytes = [data.words, data.ids, ...data.texts].reduce((sum, a) => sum + a.byteLength, 0);
  }

  private decode(bytes: Uint8Array, ends: Uint32Array, at: number): string {
    return this.decoder.decode(bytes.subarray(startOf(ends, at), ends[at]!));
  }

  private word(at: number): string {
    return this.decode(this.words, this.wordEnds, at);
  }

  /** The words that start with `prefix`, in code-unit order. */
  startingWith(prefix: string): string[] {
    const { words, wordEnds } = this;
    const count = wordEnds.length;
    const found: string[] = [];
    // They follow one another from the first not before it; a word starts with the prefix exactly when its UTF-8 starts with the prefix's.
    const key = bytesOf(prefix);
    for (let at = lowerBound(count, (i) => this.word(i), prefix); at < count && holdsAt(words, startOf(wordEnds, at), wordEnds[at]!, key, false); at += 1) {
      found.push(this.word(at));
    }
    return found;
  }

  /** The word's postings: a view into the list, not a copy. */
  postingsOf(word: string): Uint32Array {
    const { postings, postingEnds } = this;
    const at = this.rankOf(word);
    return at < 0 ? NO_POSTINGS : postings.subarray(startOf(postingEnds, at), postingEnds[at]!);
  }

  /**
   * The word's position in the word list, or -1: one probe or two of a hash
   * table of positions, the word compared where it lies (nothing decoded).
   * A query for "1" looks up 100,000 numbers in every part, several times.
   */
  private rankOf(word: string): number {
    const { words, wordEnds, slots } = this;
    const key = bytesOf(word);
    const mask = slots.length - 1;
    for (let slot = hashOf(key, 0, key.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const rank = slots[slot]! - 1;
      if (holdsAt(words, startOf(wordEnds, rank), wordEnds[rank]!, key, true)) return rank;
    }
    return -1;
  }

  text(doc: number, field: number): string {
    return this.decode(this.texts[field]!, this.textEnds[field]!, doc - this.first);
  }

  id(doc: number): string {
    return this.idAt(doc - this.first);
  }

  private idAt(local: number): string {
    return this.ids.slice(startOf(this.idEnds, local), this.idEnds[local]!);
  }

  flagsOf(doc: number): number {
    return this.flags[doc - this.first]!;
  }

  setFlags(doc: number, flags: number): void {
    this.flags[doc - this.first] = flags;
  }

  /** The record's number, or -1 if no record has that id. */
  numberOf(id: string): number {
    const at = lowerBound(this.byId.length, (rank) => this.idAtRank(rank), id);
    return at < this.byId.length && this.idAtRank(at) === id ? this.numberAtRank(at) : -1;
  }

  /** How many ids the part can find (an id read twice, once). */
  get idCount(): number {
    return this.byId.length;
  }

  /** The id of that rank in id order, and its record's number. */
  idAtRank(rank: number): string {
    return this.idAt(this.byId[rank]!);
  }

  numberAtRank(rank: number): number {
    return this.first + this.byId[rank]!;
  }

  /** Earlier copies of an id read twice while the part was read (by record number): not to be searched. */
  superseded(): number[] {
    return Array.from(this.supersededCopies, (local) => this.first + local);
  }

  length(doc: number, field: number): number {
    return this.lengths[(doc - this.first) * this.codec.fieldCount + field]!;
  }
}
