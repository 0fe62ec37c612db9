import MiniSearch from 'minisearch';
import type { EvidenceItem } from '../domain/types';
import { tokenize } from './normalize';
import { containsPhrase, parseQuery } from './query';

/** The evidence fields full-text search looks in, with how much a match in each counts. */
export const searchedFields = ['exhibitNo', 'title', 'description', 'notes', 'sourceUrl', 'account', 'platformContentId'] as const;
const boosts = { exhibitNo: 4, title: 3, account: 2, description: 1, notes: 1, sourceUrl: 1, platformContentId: 1 };

export type SearchDoc = Pick<EvidenceItem, 'id' | (typeof searchedFields)[number]>;

export interface SearchHit {
  id: string;
  score: number;
  /** Folded words that matched, for highlighting. */
  terms: string[];
}

/** What the page needs of a search: which items match, and which words to mark. */
export interface SearchMatches {
  ids: string[];
  terms: string[];
}

export function toMatches(hits: readonly SearchHit[]): SearchMatches {
  const terms = new Set<string>();
  for (const hit of hits) for (const term of hit.terms) terms.add(term);
  return { ids: hits.map((h) => h.id), terms: [...terms] };
}

export function toSearchDoc(item: EvidenceItem): SearchDoc {
  return {
    id: item.id, exhibitNo: item.exhibitNo, title: item.title, description: item.description, notes: item.notes,
    sourceUrl: item.sourceUrl, account: item.account, platformContentId: item.platformContentId,
  };
}

const fingerprint = (doc: SearchDoc) => searchedFields.map((f) => doc[f]).join('\u0001');

/**
 * A full-text index over evidence (MiniSearch: a maintained, dependency-free
 * library) that folds accents and case, matches prefixes and checks quoted
 * phrases. `sync` brings it in line with the database after any write,
 * touching only the items whose searched text changed.
 */
export class EvidenceIndex {
  private readonly search = new MiniSearch<SearchDoc>({
    fields: [...searchedFields],
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
  });
  private readonly docs = new Map<string, SearchDoc>();

  get size(): number {
    return this.docs.size;
  }

  sync(docs: readonly SearchDoc[]): { added: number; updated: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let updated = 0;
    for (const doc of docs) {
      seen.add(doc.id);
      const before = this.docs.get(doc.id);
      if (before !== undefined && fingerprint(before) === fingerprint(doc)) continue;
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
    const results = this.search.search(terms.join(' '), { combineWith: 'AND', prefix: true, boost: boosts });
    const hits = results.map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
    if (phrases.length === 0) return hits;
    return hits.filter((hit) => {
      const doc = this.docs.get(hit.id);
      return doc !== undefined && phrases.every((p) => searchedFields.some((f) => containsPhrase(doc[f], p)));
    });
  }
}
