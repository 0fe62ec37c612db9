import { ByteText, grown } from './byte-text';
import { utf8, type FrozenIndexData } from './frozen-index';
import type { Doc } from './index-view';
import { countWords } from './normalize';
import { PostingCodec } from './posting-codec';

/**
 * Builds a frozen index (frozen-index.ts) record by record, writing as much
 * as it can outside the JS heap: postings, lengths and the records' text go
 * into typed arrays as they come. Only the word list is a JS object (a Map
 * from each distinct word to its number), so the result is a few blocks that
 * cross to the search worker whole (frozen-index.ts) and building adds little
 * to the heap of the reader that feeds it.
 * Records are numbered in the order added. An id added twice (read twice
 * while the case changed under the reader) counts once: its last copy.
 */
export class FrozenBuilder<F extends string, D extends Doc<F>> {
  private readonly codec: PostingCodec;
  private readonly wordIds = new Map<string, number>();
  /** (word number, posting) for every word of every field of every record, in the order met. */
  private pairWords = new Uint32Array(1 << 16);
  private pairPostings = new Uint32Array(1 << 16);
  private pairs = 0;
  private lengths = new Uint16Array(1 << 12);
  private readonly totalLengths: number[];
  private readonly texts: ByteText[];
  private readonly ids = new ByteText();
  private flags = new Uint8Array(1 << 10);
  private count = 0;

  /** `first`: the number of the first record (a part of a case built after others goes on from their numbers). */
  constructor(private readonly fields: readonly F[], private readonly flagsOf: (doc: D) => number, private readonly first = 0) {
    this.codec = new PostingCodec(fields.length);
    this.totalLengths = fields.map(() => 0);
    this.texts = fields.map(() => new ByteText());
  }

  add(doc: D): void {
    const number = this.count;
    this.count += 1;
    const fieldCount = this.fields.length;
    if (this.count * fieldCount > this.lengths.length) this.lengths = grown(this.lengths, this.count * fieldCount);
    if (this.count > this.flags.length) this.flags = grown(this.flags, this.count);
    this.flags[number] = this.flagsOf(doc);
    this.ids.append(doc.id);
    this.fields.forEach((field, at) => {
      const text = String(doc[field] ?? '');
      this.texts[at]!.append(text);
      const length = countWords(text, (word, count) => this.pair(word, this.codec.posting(this.first + number, at, count)));
      this.lengths[number * fieldCount + at] = length;
      this.totalLengths[at]! += length;
    });
  }

  private pair(word: string, posting: number): void {
    let id = this.wordIds.get(word);
    if (id === undefined) this.wordIds.set(word, (id = this.wordIds.size));
    if (this.pairs === this.pairWords.length) {
      this.pairWords = grown(this.pairWords, this.pairs + 1);
      this.pairPostings = grown(this.pairPostings, this.pairs + 1);
    }
    this.pairWords[this.pairs] = id;
    this.pairPostings[this.pairs] = posting;
    this.pairs += 1;
  }

  finish(): FrozenIndexData {
    // Words in code-unit order; each word's postings in one run, in the order met (by record).
    const words = [...this.wordIds.keys()];
    const order = Uint32Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    const rank = new Uint32Array(words.length);
    order.forEach((id, at) => (rank[id] = at));
    const postingEnds = new Uint32Array(words.length);
    for (let at = 0; at < this.pairs; at += 1) postingEnds[rank[this.pairWords[at]!]!]! += 1;
    for (let at = 1; at < postingEnds.length; at += 1) postingEnds[at]! += postingEnds[at - 1]!;
    const next = new Uint32Array(words.length);
    for (let at = 1; at < next.length; at += 1) next[at] = postingEnds[at - 1]!;
    const postings = new Uint32Array(this.pairs);
    for (let at = 0; at < this.pairs; at += 1) postings[next[rank[this.pairWords[at]!]!]!++] = this.pairPostings[at]!;
    const sortedWords = new ByteText();
    for (const id of order) sortedWords.append(words[id]!);
    const wordText = sortedWords.finish();
    const ids = this.ids.finish();
    const decoder = utf8();
    const idOf = Array.from({ length: this.count }, (_, n) => decoder.decode(ids.bytes.subarray(n === 0 ? 0 : ids.ends[n - 1]!, ids.ends[n]!)));
    // Equal ids side by side, the last read last: it alone stays findable.
    const sorted = Uint32Array.from(idOf.keys()).sort((a, b) => (idOf[a]! < idOf[b]! ? -1 : idOf[a]! > idOf[b]! ? 1 : a - b));
    const isEarlierCopy = (n: number, at: number) => at + 1 < sorted.length && idOf[sorted[at + 1]!] === idOf[n];
    const superseded = sorted.filter(isEarlierCopy);
    const byId = superseded.length === 0 ? sorted : sorted.filter((n, at) => !isEarlierCopy(n, at));
    const texts = this.texts.map((text) => text.finish());
    return {
      fieldCount: this.fields.length, first: this.first, count: this.count,
      words: wordText.bytes, wordEnds: wordText.ends, postings, postingEnds,
      lengths: this.lengths.slice(0, this.count * this.fields.length), totalLengths: [...this.totalLengths],
      texts: texts.map((t) => t.bytes), textEnds: texts.map((t) => t.ends),
      ids: ids.bytes, idEnds: ids.ends, byId, superseded, flags: this.flags.slice(0, this.count),
    };
  }
}
