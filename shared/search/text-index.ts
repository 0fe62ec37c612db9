import MiniSearch from 'minisearch';
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

const DIGIT = /\d/;
/** Likely rarer words first: with a digit, then longer. */
const byRarity = (a: string, b: string): number => Number(DIGIT.test(b)) - Number(DIGIT.test(a)) || b.length - a.length;

/** A searched record: its id and the text of each searched field; other properties ride along unindexed (labels for results). */
export type Doc<F extends string> = { id: string } & Record<F, string>;

/**
 * A full-text index over any records (MiniSearch: maintained and
 * dependency-free) that folds accents and case, matches prefixes and checks
 * quoted phrases. `sync` brings it in line with the database after a write,
 * touching only the records whose searched text changed.
 */
export class TextIndex<F extends string, D extends Doc<F> = Doc<F>> {
  private readonly search: MiniSearch<D>;
  private readonly docs = new Map<string, D>();

  constructor(private readonly fields: readonly F[], private readonly boosts: Partial<Record<F, number>> = {}) {
    this.search = new MiniSearch<D>({ fields: [...fields], storeFields: [], tokenize: (text) => tokenize(text), processTerm: (term) => term });
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

  sync(docs: readonly D[]): { added: number; updated: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let updated = 0;
    for (const doc of docs) {
      seen.add(doc.id);
      const before = this.docs.get(doc.id);
      // Unindexed properties (a fact's date, an archive flag) may change alone: the stored record is always the latest.
      this.docs.set(doc.id, doc);
      if (before !== undefined && this.fingerprint(before) === this.fingerprint(doc)) continue;
      if (before === undefined) added += 1;
      else {
        this.search.discard(doc.id);
        updated += 1;
      }
      this.search.add(doc);
    }
    let removed = 0;
    for (const id of [...this.docs.keys()]) {
      if (seen.has(id)) continue;
      this.search.discard(id);
      this.docs.delete(id);
      removed += 1;
    }
    return { added, updated, removed };
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
   * result before its sort: visiting there and keeping none skips sorting (and
   * holding) tens of thousands of results nobody will see in that order. With
   * several words, only the records holding all of them are scored.
   */
  private scan(text: string, visit: (hit: SearchHit) => void): void {
    const { terms, phrases } = parseQuery(text);
    if (terms.length === 0) return;
    const within = terms.length > 1 ? this.candidates(terms).ids : null;
    if (within !== null && within.size === 0) return;
    const tests = phrases.map((phrase) => ({ words: phrase.split(' '), test: phraseTest(phrase) }));
    this.search.search(terms.join(' '), {
      combineWith: 'AND', prefix: true, boost: this.boosts as Record<string, number>,
      boostDocument: within === null ? undefined : (id: string) => (within.has(id) ? 1 : 0),
      filter: (r) => {
        const id = String(r.id);
        if (tests.length === 0 || this.hasPhrases(id, tests, r.match)) visit({ id, score: r.score, terms: r.terms });
        return false;
      },
    });
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
