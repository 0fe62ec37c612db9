/**
 * The inverted lists of a full-text index, kept small: 100,000 exhibits make
 * millions of (word, record) pairs, and a general-purpose index (MiniSearch,
 * used before) spent a `Map` entry on each, 109 MB in all. Here a pair is one
 * small integer in an array, and a word found in one record only (nearly
 * every number, id and URL part) is one integer with no array at all.
 *
 * A posting packs the record's number, the field and how often the word is
 * in that field (posting-codec.ts). Words are also kept sorted, for prefix matches.
 */

import { lowerBound } from './lower-bound';
import { PostingCodec } from './posting-codec';

/** Changes at most this many words before the sorted list is rebuilt instead of patched. */
const PATCH_AT_MOST = 2_000;

export type Postings = number | readonly number[];

export class WordPostings extends PostingCodec {
  /** Word → its posting, or every posting once there are several. */
  private readonly postings = new Map<string, number | number[]>();
  private sorted: string[] = [];
  /** Words added and removed since the list was sorted, while few enough to patch it; past that, it is sorted again. */
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();
  private isStale = false;
  /** Removals wait for `flush`: one pass over a common word's list for a whole batch, not one per record. */
  private readonly pending = new Map<string, number[]>();

  add(word: string, posting: number): void {
    const had = this.postings.get(word);
    if (had === undefined) {
      this.postings.set(word, posting);
      this.changed(word, this.added, this.removed);
    } else if (typeof had === 'number') this.postings.set(word, [had, posting]);
    else had.push(posting);
  }

  /** Takes a posting out at the next `flush`; the record's number must not be used again before then. */
  remove(word: string, posting: number): void {
    const list = this.pending.get(word);
    if (list === undefined) this.pending.set(word, [posting]);
    else list.push(posting);
  }

  /** Carries out the removals asked for since the last flush. */
  flush(): void {
    for (const [word, gone] of this.pending) {
      const had = this.postings.get(word);
      if (had === undefined) continue;
      const kept = typeof had === 'number' ? (gone.includes(had) ? [] : [had]) : without(had, gone);
      if (kept.length === 0) {
        this.postings.delete(word);
        this.changed(word, this.removed, this.added);
      } else if (kept.length === 1) this.postings.set(word, kept[0]!);
      else this.postings.set(word, kept);
    }
    this.pending.clear();
  }

  /** Notes a word that came (into `now`) or went (`now` is removed): undoes the opposite change if there was one. */
  private changed(word: string, now: Set<string>, opposite: Set<string>): void {
    if (this.isStale || opposite.delete(word)) return;
    now.add(word);
    // A build adds hundreds of thousands of words: no need to note each one when the list will be sorted anew.
    if (this.added.size + this.removed.size > PATCH_AT_MOST) {
      this.isStale = true;
      this.added.clear();
      this.removed.clear();
    }
  }

  /** The word's postings (none: an empty list). */
  of(word: string): Postings {
    return this.postings.get(word) ?? EMPTY;
  }

  /** The indexed words that start with `prefix`, the word itself first if indexed. */
  startingWith(prefix: string): string[] {
    const words = this.words();
    const found: string[] = [];
    for (let at = lowerBound(words.length, (i) => words[i]!, prefix); at < words.length && words[at]!.startsWith(prefix); at += 1) found.push(words[at]!);
    return found;
  }

  /** The sorted list, brought up to date with the words added and removed since it was last asked for. */
  private words(): readonly string[] {
    if (this.isStale) {
      this.sorted = [...this.postings.keys()].sort(byCodeUnit);
      this.isStale = false;
    } else {
      for (const word of this.removed) {
        const at = lowerBound(this.sorted.length, (i) => this.sorted[i]!, word);
        if (this.sorted[at] === word) this.sorted.splice(at, 1);
      }
      for (const word of this.added) this.sorted.splice(lowerBound(this.sorted.length, (i) => this.sorted[i]!, word), 0, word);
    }
    this.added.clear();
    this.removed.clear();
    return this.sorted;
  }
}

const EMPTY: readonly number[] = [];

/** The list less the postings gone, changed in place (a common word's list is long: no copy). */
function without(list: number[], gone: readonly number[]): number[] {
  const isGone = gone.length > 8 ? new Set(gone) : null;
  let kept = 0;
  for (const posting of list) {
    if (isGone ? isGone.has(posting) : gone.includes(posting)) continue;
    list[kept] = posting;
    kept += 1;
  }
  list.length = kept;
  return list;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
