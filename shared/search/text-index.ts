import MiniSearch from 'minisearch';
import { DigitTerms } from './digit-terms';
import { tokenize } from './normalize';
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

export function toMatches(hits: readonly SearchHit[]): SearchMatches {
  const terms = new Set<string>();
  for (const hit of hits) for (const term of hit.terms) terms.add(term);
  return { ids: hits.map((h) => h.id), terms: [...terms] };
}

interface PhraseTest {
  words: string[];
  test(text: string): boolean;
}

const DIGIT = /\p{N}/u;
const hasDigit = (word: string): boolean => DIGIT.test(word);
/** MiniSearch's weight for a word matched as the prefix of a longer one, applied the same way to words with digits. */
const PREFIX_WEIGHT = 0.375;

/** What a query word matched in one record. */
interface TermHit {
  score: number;
  terms: string[];
  /** Matched indexed word → the fields holding it, like MiniSearch's `match`. */
  match: Record<string, string[]>;
}

/** Adds what `more` matched to `into` (which it changes) and returns it. */
function merged(into: TermHit, more: TermHit): TermHit {
  into.score += more.score;
  for (const term of more.terms) if (!into.terms.includes(term)) into.terms.push(term);
  for (const word in more.match) {
    const fields = (into.match[word] ??= []);
    for (const field of more.match[word]!) if (!fields.includes(field)) fields.push(field);
  }
  return into;
}
/** Likely rarer words first: with a digit, then longer. */
const byRarity = (a: string, b: string): number => Number(DIGIT.test(b)) - Number(DIGIT.test(a)) || b.length - a.length;

/** A searched record: its id and the text of each searched field; other properties ride along unindexed (labels for results). */
export type Doc<F extends string> = { id: string } & Record<F, string>;

/**
 * A full-text index over any records (MiniSearch: maintained and
 * dependency-free) that folds accents and case, matches prefixes and checks
 * quoted phrases. `sync` brings it in line with the database after a write,
 * touching only the records whose searched text changed. Words with a digit
 * are indexed apart (digit-terms.ts): nearly all are unique to one record,
 * and in MiniSearch they made most of the index's memory.
 */
export class TextIndex<F extends string, D extends Doc<F> = Doc<F>> {
  private readonly search: MiniSearch<D>;
  private readonly docs = new Map<string, D>();
  private readonly digits: DigitTerms;
  /** The numbering of records the digit index uses, with numbers freed by removed records. */
  private readonly numbers = new Map<string, number>();
  private readonly idOfNumber: (string | undefined)[] = [];
  private readonly freeNumbers: number[] = [];

  constructor(private readonly fields: readonly F[], private readonly boosts: Partial<Record<F, number>> = {}) {
    const words = (text: string) => tokenize(text).filter((word) => !hasDigit(word));
    this.search = new MiniSearch<D>({ fields: [...fields], storeFields: [], tokenize: words, processTerm: (term) => term });
    this.digits = new DigitTerms(fields.length);
  }

  get size(): number {
    return this.docs.size;
  }

  /** The record as last synced (with its unindexed properties). */
  doc(id: string): D | undefined {
    return this.docs.get(id);
  }

  private fingerprint(doc: D): string {
    return this.fields.map((f) => doc[f]).join('\u0001');
  }

  /** Makes the index hold exactly these records. */
  sync(docs: readonly D[]): { added: number; updated: number; removed: number } {
    const seen = new Set<string>();
    const counts = { added: 0, updated: 0, removed: 0 };
    for (const doc of docs) {
      seen.add(doc.id);
      this.upsert(doc, counts);
    }
    // Deleting the entry being visited is safe while iterating a Map: no copy of 100,000 entries per sync.
    for (const id of this.docs.keys()) if (!seen.has(id)) this.remove(id, counts);
    return counts;
  }

  /** Brings some records up to date (added or changed) and removes others, leaving the rest as they are. */
  patch(docs: readonly D[], removedIds: Iterable<string>): { added: number; updated: number; removed: number } {
    const counts = { added: 0, updated: 0, removed: 0 };
    for (const doc of docs) this.upsert(doc, counts);
    for (const id of removedIds) this.remove(id, counts);
    return counts;
  }

  private upsert(doc: D, counts: { added: number; updated: number }): void {
    const before = this.docs.get(doc.id);
    // Unindexed properties (a fact's date, an archive flag) may change alone: the stored record is always the latest.
    this.docs.set(doc.id, doc);
    if (before !== undefined && this.fingerprint(before) === this.fingerprint(doc)) return;
    if (before === undefined) counts.added += 1;
    else {
      this.discard(before);
      counts.updated += 1;
    }
    this.add(doc);
  }

  private remove(id: string, counts: { removed: number }): void {
    const doc = this.docs.get(id);
    if (doc === undefined) return;
    this.discard(doc);
    this.docs.delete(id);
    counts.removed += 1;
  }

  private add(doc: D): void {
    this.search.add(doc);
    const number = this.freeNumbers.pop() ?? this.idOfNumber.length;
    this.numbers.set(doc.id, number);
    this.idOfNumber[number] = doc.id;
    this.eachDigitWord(doc, (field, word) => this.digits.add(number, field, word));
  }

  private discard(doc: D): void {
    this.search.discard(doc.id);
    const number = this.numbers.get(doc.id)!;
    this.eachDigitWord(doc, (field, word) => this.digits.remove(number, field, word));
    this.numbers.delete(doc.id);
    this.idOfNumber[number] = undefined;
    this.freeNumbers.push(number);
  }

  private eachDigitWord(doc: D, visit: (field: number, word: string) => void): void {
    this.fields.forEach((field, at) => {
      for (const word of tokenize(doc[field] ?? '')) if (hasDigit(word)) visit(at, word);
    });
  }

  /** Every matching record, best first. */
  query(text: string): SearchHit[] {
    const hits: SearchHit[] = [];
    this.scan(text, (hit) => hits.push(hit));
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Every matching record in no particular order, as ids and matched words: the register sorts by its own columns. */
  matchAll(text: string): SearchMatches {
    const { terms, phrases } = parseQuery(text);
    if (terms.length === 0) return { ids: [], terms: [] };
    if (phrases.length === 0) {
      const found = this.candidates(terms);
      return { ids: [...found.ids], terms: [...found.terms] };
    }
    // A phrase needs to know which fields hold its words: the scored search says so.
    const ids: string[] = [];
    const matched = new Set<string>();
    this.scan(text, (hit) => {
      ids.push(hit.id);
      for (const term of hit.terms) matched.add(term);
    });
    return { ids, terms: [...matched] };
  }

  /** The `limit` best matches that pass `accept`, and how many passed in all. */
  best(text: string, limit: number, accept: (doc: D) => boolean = () => true): { total: number; hits: SearchHit[] } {
    const hits: SearchHit[] = [];
    let total = 0;
    this.scan(text, (hit) => {
      const doc = this.docs.get(hit.id);
      if (doc === undefined || !accept(doc)) return;
      total += 1;
      // A short list kept sorted: `limit` is a handful, the matches may be 100,000.
      if (hits.length === limit && hit.score <= hits[limit - 1]!.score) return;
      let at = hits.length;
      while (at > 0 && hits[at - 1]!.score < hit.score) at -= 1;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    });
    return { total, hits };
  }

  /**
   * Calls `visit` for each match, scored. MiniSearch's `filter` sees every
   * result before its sort: visiting there and keeping none skips sorting
   * (and holding) tens of thousands of results nobody will see in that
   * order. With several words, only the records holding all of them are
   * scored. When a word also matches words with digits (kept apart), each
   * word is scored on its own and a record's score is the sum.
   */
  private scan(text: string, visit: (hit: SearchHit) => void): void {
    const { terms, phrases } = parseQuery(text);
    if (terms.length === 0) return;
    const within = terms.length > 1 ? this.candidates(terms).ids : null;
    if (within !== null && within.size === 0) return;
    const tests = phrases.map((phrase) => ({ words: phrase.split(' '), test: phraseTest(phrase) }));
    const report = (id: string, hit: TermHit) => {
      if (tests.length === 0 || this.hasPhrases(id, tests, hit.match)) visit({ id, score: hit.score, terms: hit.terms });
    };
    const digitHits = terms.map((term) => this.digitHits(term, within));
    if (digitHits.every((hits) => hits.size === 0)) {
      // The usual case: MiniSearch alone, all words in one search.
      this.search.search(terms.join(' '), {
        combineWith: 'AND', prefix: true, boost: this.boosts as Record<string, number>,
        boostDocument: within === null ? undefined : (id: string) => (within.has(id) ? 1 : 0),
        filter: (r) => {
          report(String(r.id), r);
          return false;
        },
      });
      return;
    }
    const totals = new Map<string, TermHit>();
    const add = (id: string, hit: TermHit) => {
      const before = totals.get(id);
      totals.set(id, before ? merged(before, hit) : hit);
    };
    terms.forEach((term, n) => {
      // With one word, a record may hold it among words with digits only; with several, `within` holds them all.
      this.wordHits(term, within, add);
      for (const [id, hit] of digitHits[n]!) add(id, hit);
    });
    for (const [id, hit] of totals) report(id, hit);
  }

  /** MiniSearch's scored matches of one word (also as a prefix), among `within` when given. Words with digits are not in it. */
  private wordHits(term: string, within: ReadonlySet<string> | null, onHit: (id: string, hit: TermHit) => void): void {
    if (hasDigit(term)) return;
    this.search.search(term, {
      prefix: true, boost: this.boosts as Record<string, number>,
      boostDocument: within === null ? undefined : (id: string) => (within.has(id) ? 1 : 0),
      filter: (r) => {
        // Copies: a hit may be merged into (MiniSearch's own objects are left alone).
        onHit(String(r.id), { score: r.score, terms: [...r.terms], match: { ...r.match } });
        return false;
      },
    });
  }

  /**
   * The indexed words with digits that begin with this word, per record,
   * scored like MiniSearch scores a word: the field's boost, less for a
   * prefix match, more for a rarer word.
   */
  private digitHits(term: string, within: ReadonlySet<string> | null): Map<string, TermHit> {
    const hits = new Map<string, TermHit>();
    const total = Math.max(this.docs.size, 1);
    for (const { doc, field, token } of this.digits.matching(term)) {
      const id = this.idOfNumber[doc]!;
      if (within !== null && !within.has(id)) continue;
      let hit = hits.get(id);
      if (!hit) hits.set(id, (hit = { score: 0, terms: [], match: {} }));
      const frequency = this.digits.frequency(token);
      const rarity = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
      const weight = token === term ? 1 : PREFIX_WEIGHT * (term.length / token.length);
      const name = this.fields[field]!;
      hit.score += (this.boosts[name] ?? 1) * weight * rarity;
      if (!hit.terms.includes(token)) hit.terms.push(token);
      const fields = (hit.match[token] ??= []);
      if (!fields.includes(name)) fields.push(name);
    }
    return hits;
  }

  /**
   * The records holding every word (each also as a prefix), and the indexed
   * words that matched, without scoring: MiniSearch calls `boostDocument` for
   * each record a word matches before it builds a result, and a 0 there skips
   * the result. So each word costs a set lookup per record, no allocation, and
   * after the first word only records already holding the others are kept.
   * Words with digits (ids, numbers) and longer words go first: they match fewer records.
   */
  private candidates(terms: readonly string[]): { ids: Set<string>; terms: Set<string> } {
    let ids: Set<string> | null = null;
    const matched = new Set<string>();
    for (const term of [...terms].sort(byRarity)) {
      const within: Set<string> | null = ids;
      const next = new Set<string>();
      // A word also begins indexed words with digits ("account" → "account97"); a word with a digit begins only those.
      for (const { doc, token } of this.digits.matching(term)) {
        const id = this.idOfNumber[doc]!;
        if (within === null || within.has(id)) {
          next.add(id);
          matched.add(token);
        }
      }
      if (!hasDigit(term)) {
        this.search.search(term, {
          prefix: true,
          boostDocument: (id: string, derived: string) => {
            if (within === null || within.has(id)) {
              next.add(id);
              matched.add(derived);
            }
            return 0;
          },
        });
      }
      ids = next;
      if (ids.size === 0) break;
    }
    return { ids: ids ?? new Set(), terms: matched };
  }

  /**
   * Whether each phrase is in one field as written. A phrase's words are
   * query words too, so MiniSearch already says which fields hold each word
   * exactly: only fields holding all of them are read and folded.
   */
  private hasPhrases(id: string, phrases: readonly PhraseTest[], match: Record<string, string[]>): boolean {
    const doc = this.docs.get(id);
    if (doc === undefined) return false;
    return phrases.every(({ words, test }) => {
      let fields: readonly string[] = this.fields;
      for (const word of words) fields = fields.filter((f) => match[word]?.includes(f));
      return fields.some((f) => test(doc[f as F]));
    });
  }
}
