import { tokenize } from './normalize';
import { parseQuery, phraseTest } from './query';
import { WordPostings, type Postings } from './word-postings';

export interface SearchHit {
  id: string;
  score: number;
  /** Folded words that matched, for highlighting. */
  terms: string[];
}

/** What the page needs of a search: which records match, and which words to mark. */
export interface SearchMatches {
  ids: string[];
  terms: string[];
}

export function toMatches(hits: readonly SearchHit[]): SearchMatches {
  const terms = new Set<string>();
  for (const hit of hits) for (const term of hit.terms) terms.add(term);
  return { ids: hits.map((h) => h.id), terms: [...terms] };
}

/** A searched record: its id and the text of each searched field; other properties ride along unindexed (labels for results). */
export type Doc<F extends string> = { id: string } & Record<F, string>;

/** The weight of a word matched as the start of a longer one, before the share of the longer word it covers. */
const PREFIX_WEIGHT = 0.375;
/** BM25+ (Lv & Zhai): how fast repeats stop counting, how much a long field dilutes a match, a floor for any match. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** One query's matches, before phrases. */
interface Matching {
  terms: string[];
  /** Per query word, the indexed words it matches (itself, and longer words it starts). */
  words: string[][];
  /** Per record number, how many query words it holds: `terms.length` for a match. */
  held: Uint16Array | Uint32Array;
  /** The records holding every query word. */
  docs: number[];
}

const postingsOf = (postings: Postings): readonly number[] => (typeof postings === 'number' ? [postings] : postings);

/**
 * A full-text index over any records that folds accents and case, matches
 * every word also as the start of a longer word, requires all words, checks
 * quoted phrases, and ranks by BM25+ with a weight per field. Its lists are
 * compact (word-postings.ts): 100,000 exhibits fit in a few tens of MB.
 * `sync` and `patch` bring it in line with the database after a write,
 * touching only the records whose searched text changed.
 */
export class TextIndex<F extends string, D extends Doc<F> = Doc<F>> {
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

  constructor(private readonly fields: readonly F[], private readonly boosts: Partial<Record<F, number>> = {}) {
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
      const words = tokenize(String(doc[field] ?? '')).sort();
      const length = Math.min(words.length, 0xffff);
      this.totalLengths[at]! += isAdding ? length : -length;
      this.lengths[base + at] = isAdding ? length : 0;
      // Sorted, each word's repeats are in a row: its count in this field is the length of the run.
      for (let start = 0; start < words.length; ) {
        let end = start + 1;
        while (end < words.length && words[end] === words[start]) end += 1;
        visit(words[start]!, this.words.posting(number, at, end - start));
        start = end;
      }
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
    const found = this.find(text);
    if (found === null) return [];
    const { matching, docs } = found;
    const score = this.score(matching);
    const termsOf = this.termsOf(matching, docs);
    return docs
      .map((doc) => ({ id: this.records[doc]!.id, score: score[doc]!, terms: termsOf.get(doc)! }))
      .sort((a, b) => b.score - a.score);
  }

  /** Every matching record in no particular order, as ids and matched words: the register sorts by its own columns. */
  matchAll(text: string): SearchMatches {
    const found = this.find(text);
    if (found === null) return { ids: [], terms: [] };
    const { matching, docs } = found;
    const terms = new Set<string>();
    // Marks the records kept (one above a match), then keeps the words that have a posting in one of them.
    const kept = matching.terms.length + 1;
    for (const doc of docs) matching.held[doc] = kept;
    for (const words of matching.words) {
      for (const word of words) {
        if (postingsOf(this.words.of(word)).some((p) => matching.held[this.words.docOf(p)] === kept)) terms.add(word);
      }
    }
    return { ids: docs.map((doc) => this.records[doc]!.id), terms: [...terms] };
  }

  /** The `limit` best matches that pass `accept`, and how many passed in all. */
  best(text: string, limit: number, accept: (doc: D) => boolean = () => true): { total: number; hits: SearchHit[] } {
    const found = this.find(text, accept);
    if (found === null) return { total: 0, hits: [] };
    const { matching, docs } = found;
    const score = this.score(matching);
    // A short list kept sorted: `limit` is a handful, the matches may be 100,000.
    const top: number[] = [];
    for (const doc of docs) {
      if (top.length === limit && score[doc]! <= score[top[limit - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && score[top[at - 1]!]! < score[doc]!) at -= 1;
      top.splice(at, 0, doc);
      if (top.length > limit) top.pop();
    }
    const termsOf = this.termsOf(matching, top);
    return { total: docs.length, hits: top.map((doc) => ({ id: this.records[doc]!.id, score: score[doc]!, terms: termsOf.get(doc)! })) };
  }

  /** The records that hold every word of the query, contain its phrases and pass `accept`. */
  private find(text: string, accept?: (doc: D) => boolean): { matching: Matching; docs: number[] } | null {
    const { terms, phrases } = parseQuery(text);
    const matching = this.match(terms);
    if (matching === null) return null;
    const hasPhrases = this.phraseCheck(matching, phrases);
    const docs = matching.docs.filter((doc) => {
      const stored = this.records[doc]!;
      return (accept === undefined || accept(stored)) && hasPhrases(doc, stored);
    });
    return docs.length === 0 ? null : { matching, docs };
  }

  /**
   * The records holding every word, each also as the start of a longer word.
   * One counter per record: a word's postings raise it only where all earlier
   * words were found, so nothing is allocated per record and no set is built.
   */
  private match(terms: readonly string[]): Matching | null {
    if (terms.length === 0) return null;
    const words = terms.map((term) => this.words.startingWith(term));
    // Counts up to one more than the words (matchAll marks the kept records so): two bytes each, unless a pasted text has 65,534 words or more.
    const held = terms.length < 0xfffe ? new Uint16Array(this.records.length) : new Uint32Array(this.records.length);
    for (let n = 0; n < terms.length; n += 1) {
      let isFound = false;
      for (const word of words[n]!) {
        for (const posting of postingsOf(this.words.of(word))) {
          const doc = this.words.docOf(posting);
          if (held[doc] === n) {
            held[doc] = n + 1;
            isFound = true;
          }
        }
      }
      if (!isFound) return null;
    }
    const docs: number[] = [];
    for (let doc = 0; doc < held.length; doc += 1) if (held[doc] === terms.length) docs.push(doc);
    return { terms: [...terms], words, held, docs };
  }

  /**
   * A test that the record contains each phrase, as written, in one field.
   * The phrase's words are query words, so the postings already say which
   * fields hold each of them exactly: only fields holding all are read and folded.
   */
  private phraseCheck(matching: Matching, phrases: readonly string[]): (doc: number, stored: D) => boolean {
    if (phrases.length === 0) return () => true;
    const { held, terms } = matching;
    // Per phrase word, the fields holding it in each matching record (bits); only matching records are kept,
    // so a pasted paragraph in quotes costs little when few records hold all its words.
    const fieldsHolding = new Map<string, Map<number, number>>();
    const tests = phrases.map((phrase) => {
      const words = phrase.split(' ');
      for (const word of words) {
        if (fieldsHolding.has(word)) continue;
        const masks = new Map<number, number>();
        for (const posting of postingsOf(this.words.of(word))) {
          const doc = this.words.docOf(posting);
          if (held[doc] === terms.length) masks.set(doc, (masks.get(doc) ?? 0) | (1 << this.words.fieldOf(posting)));
        }
        fieldsHolding.set(word, masks);
      }
      return { words, test: phraseTest(phrase) };
    });
    return (doc, stored) => tests.every(({ words, test }) => {
      let mask = ~0;
      for (const word of words) mask &= fieldsHolding.get(word)!.get(doc) ?? 0;
      return this.fields.some((field, at) => (mask & (1 << at)) !== 0 && test(stored[field]));
    });
  }

  /**
   * Each matching record's score (by record number): per query word and field,
   * BM25+ of the indexed words it matched, weighted by the field's boost and,
   * for a longer word it starts, by how much of that word it is.
   */
  private score(matching: Matching): Float64Array {
    const { terms, words, held } = matching;
    const score = new Float64Array(held.length);
    const total = Math.max(this.numbers.size, 1);
    const averages = this.totalLengths.map((sum) => sum / total || 1);
    const boosts = this.fields.map((field) => this.boosts[field] ?? 1);
    const inField = new Array<number>(this.fields.length);
    terms.forEach((term, n) => {
      for (const word of words[n]!) {
        const weight = word === term ? 1 : PREFIX_WEIGHT * (term.length / word.length);
        const postings = postingsOf(this.words.of(word));
        // How many records hold the word in each field: a rarer word counts more.
        inField.fill(0);
        for (const posting of postings) inField[this.words.fieldOf(posting)]! += 1;
        for (const posting of postings) {
          const doc = this.words.docOf(posting);
          if (held[doc] !== terms.length) continue;
          const field = this.words.fieldOf(posting);
          const count = this.words.countOf(posting);
          const rarity = Math.log(1 + (total - inField[field]! + 0.5) / (inField[field]! + 0.5));
          const length = this.lengths[doc * this.fields.length + field]! / averages[field]!;
          score[doc]! += boosts[field]! * weight * rarity * (DELTA + (count * (K1 + 1)) / (count + K1 * (1 - B + B * length)));
        }
      }
    });
    return score;
  }

  /** The indexed words each of these records matched, for highlighting. */
  private termsOf(matching: Matching, docs: readonly number[]): Map<number, string[]> {
    const terms = new Map<number, string[]>(docs.map((doc) => [doc, []]));
    // Each indexed word once (query words "gro" and "grok" both match "grok"), its postings in a row: a record's
    // list has the word already only if its last entry is that word.
    for (const word of new Set(matching.words.flat())) {
      for (const posting of postingsOf(this.words.of(word))) {
        const found = terms.get(this.words.docOf(posting));
        if (found !== undefined && found[found.length - 1] !== word) found.push(word);
      }
    }
    return terms;
  }
}
