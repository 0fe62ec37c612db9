import MiniSearch from 'minisearch';
import { tokenize } from './normalize';
import { containsPhrase, parseQuery } from './query';

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

type Doc<F extends string> = { id: string } & Record<F, string>;

/**
 * A full-text index over any records (MiniSearch: maintained and
 * dependency-free) that folds accents and case, matches prefixes and checks
 * quoted phrases. `sync` brings it in line with the database after a write,
 * touching only the records whose searched text changed.
 */
export class TextIndex<F extends string> {
  private readonly search: MiniSearch<Doc<F>>;
  private readonly docs = new Map<string, Doc<F>>();

  constructor(private readonly fields: readonly F[], private readonly boosts: Partial<Record<F, number>> = {}) {
    this.search = new MiniSearch<Doc<F>>({ fields: [...fields], storeFields: [], tokenize: (text) => tokenize(text), processTerm: (term) => term });
  }

  get size(): number {
    return this.docs.size;
  }

  private fingerprint(doc: Doc<F>): string {
    return this.fields.map((f) => doc[f]).join('\u0001');
  }

  sync(docs: readonly Doc<F>[]): { added: number; updated: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let updated = 0;
    for (const doc of docs) {
      seen.add(doc.id);
      const before = this.docs.get(doc.id);
      if (before !== undefined && this.fingerprint(before) === this.fingerprint(doc)) continue;
      if (before === undefined) added += 1;
      else {
        this.search.discard(doc.id);
        updated += 1;
      }
      this.search.add(doc);
      this.docs.set(doc.id, doc);
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

  query(text: string): SearchHit[] {
    const { terms, phrases } = parseQuery(text);
    if (terms.length === 0) return [];
    const results = this.search.search(terms.join(' '), { combineWith: 'AND', prefix: true, boost: this.boosts as Record<string, number> });
    const hits = results.map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
    if (phrases.length === 0) return hits;
    return hits.filter((hit) => {
      const doc = this.docs.get(hit.id);
      return doc !== undefined && phrases.every((p) => this.fields.some((f) => containsPhrase(doc[f], p)));
    });
  }
}
