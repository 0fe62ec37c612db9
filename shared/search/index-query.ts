import type { Doc, IndexView } from './index-view';
import { parseQuery, phraseTest } from './query';

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
  words: (readonly string[])[];
  /** Per record number, how many query words it holds: `terms.length` for a match; `skipped` for a record not searched. */
  held: Uint16Array | Uint32Array;
  skipped: number;
  /** The records holding every query word. */
  docs: number[];
}

/**
 * Queries over any index view: every word required, each also as the start
 * of a longer word, quoted phrases checked as written, ranked by BM25+ with a
 * weight per field.
 */
export class IndexQuery<F extends string, D extends Doc<F>> {
  constructor(private readonly view: IndexView<F, D>) {}

  /** Every matching record, best first. */
  query(text: string): SearchHit[] {
    const found = this.find(text);
    if (found === null) return [];
    const { matching, docs } = found;
    const score = this.score(matching);
    const termsOf = this.termsOf(matching, docs);
    return docs
      .map((doc) => ({ id: this.view.id(doc), score: score[doc]!, terms: termsOf.get(doc)! }))
      .sort((a, b) => b.score - a.score);
  }

  /** Every matching record in no particular order, as ids and matched words: the register sorts by its own columns. */
  matchAll(text: string): SearchMatches {
    const found = this.find(text);
    if (found === null) return { ids: [], terms: [] };
    const { matching, docs } = found;
    const { codec } = this.view;
    const terms = new Set<string>();
    // Marks the records kept (one above a match), then keeps the words that have a posting in one of them.
    const kept = matching.terms.length + 1;
    for (const doc of docs) matching.held[doc] = kept;
    for (const words of matching.words) {
      for (const word of words) {
        if (this.view.postingLists(word).some((postings) => {
          for (let at = 0; at < postings.length; at += 1) if (matching.held[codec.docOf(postings[at]!)] === kept) return true;
          return false;
        })) terms.add(word);
      }
    }
    return { ids: docs.map((doc) => this.view.id(doc)), terms: [...terms] };
  }

  /** The `limit` best matches whose record numbers pass `accept`, and how many passed in all. */
  best(text: string, limit: number, accept?: (doc: number) => boolean): { total: number; hits: SearchHit[] } {
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
    return { total: docs.length, hits: top.map((doc) => ({ id: this.view.id(doc), score: score[doc]!, terms: termsOf.get(doc)! })) };
  }

  /** The records that hold every word of the query, contain its phrases and pass `accept`. */
  private find(text: string, accept?: (doc: number) => boolean): { matching: Matching; docs: number[] } | null {
    const { terms, phrases } = parseQuery(text);
    const matching = this.match(terms);
    if (matching === null) return null;
    const hasPhrases = this.phraseCheck(matching, phrases);
    const docs = accept === undefined && phrases.length === 0
      ? matching.docs
      : matching.docs.filter((doc) => (accept === undefined || accept(doc)) && hasPhrases(doc));
    return docs.length === 0 ? null : { matching, docs };
  }

  /**
   * The records holding every word, each also as the start of a longer word.
   * One counter per record: a word's postings raise it only where all earlier
   * words were found, so nothing is allocated per record and no set is built.
   */
  private match(terms: readonly string[]): Matching | null {
    if (terms.length === 0) return null;
    const { codec } = this.view;
    const words = terms.map((term) => this.view.startingWith(term));
    // Counts up to one more than the words (matchAll marks the kept records so): two bytes each, unless a pasted text has 65,533 words or more.
    const held = terms.length < 0xfffd ? new Uint16Array(this.view.span) : new Uint32Array(this.view.span);
    // Records no longer searched get a count no word reaches: their postings are passed over everywhere after.
    const skipped = held instanceof Uint16Array ? 0xffff : 0xffffffff;
    for (const doc of this.view.unsearched()) held[doc] = skipped;
    for (let n = 0; n < terms.length; n += 1) {
      let isFound = false;
      for (const word of words[n]!) {
        for (const postings of this.view.postingLists(word)) {
          for (let at = 0; at < postings.length; at += 1) {
            const doc = codec.docOf(postings[at]!);
            if (held[doc] === n) {
              held[doc] = n + 1;
              isFound = true;
            }
          }
        }
      }
      if (!isFound) return null;
    }
    const docs: number[] = [];
    for (let doc = 0; doc < held.length; doc += 1) if (held[doc] === terms.length) docs.push(doc);
    return { terms: [...terms], words, held, skipped, docs };
  }

  /**
   * A test that the record contains each phrase, as written, in one field.
   * The phrase's words are query words, so the postings already say which
   * fields hold each of them exactly: only fields holding all are read and folded.
   */
  private phraseCheck(matching: Matching, phrases: readonly string[]): (doc: number) => boolean {
    if (phrases.length === 0) return () => true;
    const { held, terms } = matching;
    const { codec, fields } = this.view;
    // Per phrase word, the fields holding it in each matching record (bits); only matching records are kept,
    // so a pasted paragraph in quotes costs little when few records hold all its words.
    const fieldsHolding = new Map<string, Map<number, number>>();
    const tests = phrases.map((phrase) => {
      const words = phrase.split(' ');
      for (const word of words) {
        if (fieldsHolding.has(word)) continue;
        const masks = new Map<number, number>();
        for (const postings of this.view.postingLists(word)) {
          for (let at = 0; at < postings.length; at += 1) {
            const doc = codec.docOf(postings[at]!);
            if (held[doc] === terms.length) masks.set(doc, (masks.get(doc) ?? 0) | (1 << codec.fieldOf(postings[at]!)));
          }
        }
        fieldsHolding.set(word, masks);
      }
      return { words, test: phraseTest(phrase) };
    });
    return (doc) => tests.every(({ words, test }) => {
      let mask = ~0;
      for (const word of words) mask &= fieldsHolding.get(word)!.get(doc) ?? 0;
      return fields.some((_, at) => (mask & (1 << at)) !== 0 && test(this.view.text(doc, at)));
    });
  }

  /**
   * Each matching record's score (by record number): per query word and field,
   * BM25+ of the indexed words it matched, weighted by the field's boost and,
   * for a longer word it starts, by how much of that word it is.
   */
  private score(matching: Matching): Float64Array {
    const { terms, words, held, skipped } = matching;
    const { codec, fields } = this.view;
    const score = new Float64Array(held.length);
    const total = Math.max(this.view.size, 1);
    const averages = fields.map((_, field) => this.view.totalLength(field) / total || 1);
    const boosts = fields.map((field) => this.view.boosts[field] ?? 1);
    const inField = new Array<number>(fields.length);
    terms.forEach((term, n) => {
      for (const word of words[n]!) {
        const weight = word === term ? 1 : PREFIX_WEIGHT * (term.length / word.length);
        const lists = this.view.postingLists(word);
        // How many searched records hold the word in each field: a rarer word counts more.
        inField.fill(0);
        for (const postings of lists) {
          for (let at = 0; at < postings.length; at += 1) if (held[codec.docOf(postings[at]!)] !== skipped) inField[codec.fieldOf(postings[at]!)]! += 1;
        }
        for (const postings of lists) {
          for (let at = 0; at < postings.length; at += 1) {
            const posting = postings[at]!;
            const doc = codec.docOf(posting);
            if (held[doc] !== terms.length) continue;
            const field = codec.fieldOf(posting);
            const count = codec.countOf(posting);
            const rarity = Math.log(1 + (total - inField[field]! + 0.5) / (inField[field]! + 0.5));
            const length = this.view.length(doc, field) / averages[field]!;
            score[doc]! += boosts[field]! * weight * rarity * (DELTA + (count * (K1 + 1)) / (count + K1 * (1 - B + B * length)));
          }
        }
      }
    });
    return score;
  }

  /** The indexed words each of these records matched, for highlighting. */
  private termsOf(matching: Matching, docs: readonly number[]): Map<number, string[]> {
    const { codec } = this.view;
    const terms = new Map<number, string[]>(docs.map((doc) => [doc, []]));
    // Each indexed word once (query words "gro" and "grok" both match "grok"), its postings in a row: a record's
    // list has the word already only if its last entry is that word.
    for (const word of new Set(matching.words.flat())) {
      for (const postings of this.view.postingLists(word)) {
        for (let at = 0; at < postings.length; at += 1) {
          const found = terms.get(codec.docOf(postings[at]!));
          if (found !== undefined && found[found.length - 1] !== word) found.push(word);
        }
      }
    }
    return terms;
  }
}
