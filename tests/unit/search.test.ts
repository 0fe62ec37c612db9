import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { evidenceBoosts, searchedFields, toSearchDoc, type SearchDoc } from '@shared/search/evidence-index';
import { TextIndex } from '@shared/search/text-index';
import { foldText } from '@shared/search/normalize';
import { parseQuery, phraseTest } from '@shared/search/query';
import { tokenize } from '@shared/search/normalize';

const item = (id: string, title: string, extra: Partial<EvidenceItem> = {}) =>
  toSearchDoc({ id, exhibitNo: `E-${id}`, title, description: '', notes: '', sourceUrl: '', account: '', platformContentId: '', ...extra } as EvidenceItem);

// The mutable index, synced again and again: how a frozen base with edits on top ranks is in layered-index.test.ts.
type EvidenceTextIndex = TextIndex<(typeof searchedFields)[number], SearchDoc>;
function indexOf(...docs: ReturnType<typeof item>[]): EvidenceTextIndex {
  const index: EvidenceTextIndex = new TextIndex(searchedFields, evidenceBoosts);
  index.sync(docs);
  return index;
}
const ids = (index: EvidenceTextIndex, q: string) => index.query(q).map((h) => h.id).sort();

describe('text folding', () => {
  it('folds case, accents and undecomposable Latin letters', () => {
    expect(foldText('Niño Łódź Ørsted Straße ÆON')).toBe('nino lodz orsted strasse aeon');
  });
  it('parses quoted phrases apart from words', () => {
    expect(parseQuery('grok "Sexual  Deepfake" niño')).toEqual({ terms: ['grok', 'sexual', 'deepfake', 'nino'], phrases: ['sexual deepfake'] });
  });
});

describe('evidence search', () => {
  const index = indexOf(
    item('1', 'Imagen de un niño en TikTok'),
    item('2', 'Chat from Łódź', { account: '@lodz_user' }),
    item('3', 'Sexual deepfake made with Grok', { description: 'deepfake of a sexual nature' }),
    item('4', 'Report', { sourceUrl: 'https://x.com/grok/status/1875550000000000000', notes: 'Ελλάδα and Москва' }),
  );

  it('is accent- and case-insensitive both ways', () => {
    expect(ids(index, 'nino')).toEqual(['1']);
    expect(ids(index, 'NIÑO')).toEqual(['1']);
    expect(ids(index, 'Łodz')).toEqual(['2']);
    expect(ids(index, 'lodz')).toEqual(['2']);
  });

  it('matches prefixes and requires every word', () => {
    expect(ids(index, 'deepf')).toEqual(['3']);
    expect(ids(index, 'sexual grok')).toEqual(['3']);
    expect(ids(index, 'sexual tiktok')).toEqual([]);
  });

  it('checks quoted phrases word for word, in order', () => {
    expect(ids(index, '"sexual deepfake"')).toEqual(['3']);
    expect(ids(index, '"deepfake sexual"')).toEqual([]);
  });

  it('looks in URLs, accounts, notes and other scripts', () => {
    expect(ids(index, '1875550000000000000')).toEqual(['4']);
    expect(ids(index, 'москва')).toEqual(['4']);
    expect(ids(index, 'ελλαδα')).toEqual(['4']);
  });

  it('stays consistent with the database: edits, additions and deletions', () => {
    const live = indexOf(item('1', 'first title'), item('2', 'second'));
    expect(live.sync([item('1', 'renamed title'), item('3', 'third')])).toEqual({ added: 1, updated: 1, removed: 1 });
    expect(ids(live, 'first')).toEqual([]);
    expect(ids(live, 'renamed')).toEqual(['1']);
    expect(ids(live, 'second')).toEqual([]);
    expect(live.sync([item('1', 'renamed title'), item('3', 'third')])).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it('reports the matched words for highlighting', () => {
    expect(index.query('grok deep')[0]?.terms.sort()).toEqual(['deepfake', 'grok']);
  });

  it('marks, in the register, the indexed words that matched', () => {
    expect(index.matchAll('grok deep').terms.sort()).toEqual(['deepfake', 'grok']);
    expect(index.matchAll('1875 grok')).toEqual({ ids: ['4'], terms: expect.arrayContaining(['1875550000000000000', 'grok']) });
  });
});

describe('phrases', () => {
  it('match words in a row across any punctuation, never inside a longer word', () => {
    const sexualDeepfake = phraseTest('sexual deepfake');
    expect(sexualDeepfake('A sexual, deepfake image')).toBe(true);
    expect(phraseTest('nino en tiktok')('Niño — EN tiktok')).toBe(true);
    expect(sexualDeepfake('asexual deepfake')).toBe(false);
    expect(sexualDeepfake('sexual deepfakes')).toBe(false);
    expect(sexualDeepfake('deepfake sexual')).toBe(false);
  });
});

describe('the register\'s search (ids only, unscored)', () => {
  const words = ['niño', 'nina', 'grok', 'deepfake', 'sexual', 'łódź', '4711', '47110', 'report'];
  const text = fc.array(fc.constantFrom(...words, ',', '-'), { maxLength: 6 }).map((ws) => ws.join(' '));
  const doc = fc.record({ title: text, description: text, notes: text });
  const query = fc.array(fc.constantFrom('nin', 'nino', 'grok', 'deep', 'sexual', 'lodz', '4711', '"sexual deepfake"', '"deepfake grok"'), { minLength: 1, maxLength: 3 });

  it('finds exactly the records the scored search finds, for any records and query', () => {
    fc.assert(fc.property(fc.array(doc, { maxLength: 25 }), query, (docs, q) => {
      const index = indexOf(...docs.map((d, i) => item(String(i), d.title, { description: d.description, notes: d.notes })));
      const text = q.join(' ');
      expect(index.matchAll(text).ids.sort()).toEqual(ids(index, text));
    }), { numRuns: 300 });
  });
});

describe('words with digits', () => {
  const fields = ['title', 'description', 'notes'] as const;
  type Fields = Record<(typeof fields)[number], string>;
  // What a search means, written out: every word is the start of a word in some field; every phrase is in one field.
  const reference = (docs: readonly Fields[], q: string) => {
    const { terms, phrases } = parseQuery(q);
    if (terms.length === 0) return [];
    return docs.flatMap((d, i) => {
      const words = fields.flatMap((f) => tokenize(d[f]));
      const hasTerms = terms.every((t) => words.some((w) => w.startsWith(t)));
      const hasPhrases = phrases.every((p) => fields.some((f) => phraseTest(p)(d[f])));
      return hasTerms && hasPhrases ? [String(i)] : [];
    }).sort();
  };
  const pieces = ['4711', '47110', '0471', 'e-0001', 'E-0012', '1800000000000000042', '18000000000000000420', 'grok', 'report', 'niño', '٤٧', 'x2'];
  const text = fc.array(fc.constantFrom(...pieces, ',', '/'), { maxLength: 6 }).map((ws) => ws.join(' '));
  const doc = fc.record({ title: text, description: text, notes: text });
  const query = fc.array(fc.constantFrom('47', '4711', '0001', 'e', '18000000000000000', '1800000000000000042', 'grok', 'rep', 'x', '٤', '"4711 grok"', '"e 0001"', '"0001 report"'), { minLength: 1, maxLength: 3 });
  const build = (docs: readonly Fields[]) => indexOf(...docs.map((d, i) => item(String(i), d.title, { description: d.description, notes: d.notes, exhibitNo: '' })));

  it('find exactly what the search means, scored or not, mixed with other words and in phrases', () => {
    fc.assert(fc.property(fc.array(doc, { maxLength: 25 }), query, (docs, q) => {
      const index = build(docs);
      const text = q.join(' ');
      expect(ids(index, text)).toEqual(reference(docs, text));
      expect(index.matchAll(text).ids.sort()).toEqual(reference(docs, text));
    }), { numRuns: 400 });
  });

  it('follow edits and removals, also past the point where the sorted word list is rebuilt', () => {
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 20 }), fc.array(doc, { minLength: 1, maxLength: 20 }), query, (first, second, q) => {
      const index = build(first);
      index.sync(second.map((d, i) => item(String(i), d.title, { description: d.description, notes: d.notes, exhibitNo: '' })));
      expect(ids(index, q.join(' '))).toEqual(reference(second, q.join(' ')));
    }), { numRuns: 200 });
    // Thousands of unique numbers added, then most of them replaced: the list is rebuilt, then patched.
    const many = Array.from({ length: 3_000 }, (_, n) => ({ title: `status ${1_800_000 + n}`, description: '', notes: '' }));
    const index = build(many);
    expect(ids(index, '1800123')).toEqual(['123']);
    const renumbered = many.map((d, n) => (n < 2_500 ? { ...d, title: `status ${9_900_000 + n}` } : d));
    index.sync(renumbered.map((d, i) => item(String(i), d.title, { exhibitNo: '' })));
    expect(ids(index, '1800123')).toEqual([]);
    expect(ids(index, '9900123')).toEqual(['123']);
    expect(ids(index, '1802999')).toEqual(['2999']);
    index.sync(renumbered.slice(0, 10).map((d, i) => item(String(i), i === 3 ? 'status 4242' : d.title, { exhibitNo: '' })));
    expect(ids(index, '4242')).toEqual(['3']);
    expect(ids(index, '9900004')).toEqual(['4']);
    expect(ids(index, '1802999')).toEqual([]);
  });

  it('rank an exact number above a longer number it begins, and mark the words matched', () => {
    const index = indexOf(item('a', 'post 47110'), item('b', 'post 4711'), item('c', 'post 12'));
    expect(index.query('4711').map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.matchAll('post 4711').terms.sort()).toEqual(['4711', '47110', 'post']);
  });
});

describe('ranking', () => {
  it('puts a match in a weightier field first, and in a short field before a long one', () => {
    const index = indexOf(
      item('in-description', 'Report', { description: 'grok' }),
      item('in-title', 'Grok'),
      item('in-long-title', 'Grok made this image and many others shared in the channel'),
    );
    expect(index.query('grok').map((h) => h.id)).toEqual(['in-title', 'in-long-title', 'in-description']);
  });

  it('ranks after edits and removals exactly as an index built from the final records', () => {
    const words = ['niño', 'grok', 'deepfake', 'sexual', '4711', 'report', 'canal'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((ws) => ws.join(' '));
    const doc = fc.record({ title: text, description: text });
    const toItems = (docs: { title: string; description: string }[]) => docs.map((d, i) => item(String(i), d.title, { description: d.description }));
    const scores = (index: EvidenceTextIndex, q: string) => Object.fromEntries(index.query(q).map((h) => [h.id, h.score]));
    fc.assert(fc.property(fc.array(doc, { maxLength: 15 }), fc.array(doc, { maxLength: 15 }), fc.constantFrom(...words, 'de', 'gr sex'), (first, second, q) => {
      const edited = indexOf(...toItems(first));
      edited.sync(toItems(second));
      const fresh = indexOf(...toItems(second));
      const expected = scores(fresh, q);
      const actual = scores(edited, q);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id]!, 9);
    }), { numRuns: 300 });
  });
});

describe('long queries', () => {
  const paragraph = Array.from({ length: 400 }, (_, n) => `word${n} plain${n % 37}`).join(' ');
  const index = indexOf(item('long', 'Statement', { description: paragraph }), item('other', 'Statement', { description: 'word1 plain1' }));

  it('find a pasted paragraph in quotes, and only where it is written', () => {
    const excerpt = paragraph.split(' ').slice(100, 400).join(' ');
    expect(ids(index, `"${excerpt}"`)).toEqual(['long']);
    expect(index.matchAll(`"${excerpt}"`).ids).toEqual(['long']);
    expect(ids(index, `"plain1 word1"`)).toEqual([]);
  });

  it('require every one of thousands of words', () => {
    const many = Array.from({ length: 3_000 }, (_, n) => `absent${n}`).join(' ');
    expect(ids(index, `statement ${many}`)).toEqual([]);
    expect(ids(index, `statement ${paragraph}`)).toEqual(['long']);
  });
});
