/**
 * The indexed words that contain a digit (status numbers, platform ids,
 * exhibit numbers, numbers in titles), kept apart from MiniSearch. Nearly all
 * of them occur in one record only, and MiniSearch keeps two `Map`s and a
 * tree node per word: 100,000 items made 202,000 such words and most of a
 * 184 MB index. Here a word costs one entry in one `Map`, holding a number
 * while one record has it. Words are also kept sorted, for prefix matches.
 */
export interface DigitMatch {
  /** The record's number in the owner's numbering. */
  doc: number;
  field: number;
  /** The indexed word. */
  token: string;
}

/** Changes at most this many words before the sorted list is rebuilt instead of patched. */
const PATCH_AT_MOST = 2_000;

export class DigitTerms {
  /** Word → posting (doc × fieldCount + field), or every posting once there are several. */
  private readonly postings = new Map<string, number | number[]>();
  private sorted: string[] = [];
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();

  constructor(private readonly fieldCount: number) {}

  add(doc: number, field: number, token: string): void {
    const posting = doc * this.fieldCount + field;
    const had = this.postings.get(token);
    if (had === undefined) {
      this.postings.set(token, posting);
      if (!this.removed.delete(token)) this.added.add(token);
    } else if (typeof had === 'number') this.postings.set(token, [had, posting]);
    else had.push(posting);
  }

  remove(doc: number, field: number, token: string): void {
    const posting = doc * this.fieldCount + field;
    const had = this.postings.get(token);
    if (had === undefined) return;
    if (typeof had === 'number') {
      if (had !== posting) return;
      this.postings.delete(token);
      if (!this.added.delete(token)) this.removed.add(token);
      return;
    }
    const at = had.indexOf(posting);
    if (at >= 0) had.splice(at, 1);
    if (had.length === 1) this.postings.set(token, had[0]!);
  }

  /** Every posting of every word that starts with `prefix`. */
  matching(prefix: string): DigitMatch[] {
    const words = this.words();
    const found: DigitMatch[] = [];
    for (let at = lowerBound(words, prefix); at < words.length && words[at]!.startsWith(prefix); at += 1) {
      const token = words[at]!;
      const had = this.postings.get(token)!;
      for (const posting of typeof had === 'number' ? [had] : had) {
        found.push({ doc: Math.floor(posting / this.fieldCount), field: posting % this.fieldCount, token });
      }
    }
    return found;
  }

  /** How many postings the word has (for weighting: a rarer word counts more). */
  frequency(token: string): number {
    const had = this.postings.get(token);
    return had === undefined ? 0 : typeof had === 'number' ? 1 : had.length;
  }

  private words(): string[] {
    if (this.added.size + this.removed.size > PATCH_AT_MOST) {
      this.sorted = [...this.postings.keys()].sort(byCodeUnit);
    } else {
      for (const token of this.removed) {
        const at = lowerBound(this.sorted, token);
        if (this.sorted[at] === token) this.sorted.splice(at, 1);
      }
      for (const token of this.added) this.sorted.splice(lowerBound(this.sorted, token), 0, token);
    }
    this.added.clear();
    this.removed.clear();
    return this.sorted;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position whose word is not below `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
