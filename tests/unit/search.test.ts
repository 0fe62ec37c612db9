import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { EvidenceIndex, toSearchDoc } from '@shared/search/evidence-index';
import { foldText } from '@shared/search/normalize';
import { parseQuery, phraseTest } from '@shared/search/query';

const item = (id: string, title: string, extra: Partial<EvidenceItem> = {}) =>
  toSearchDoc({ id, exhibitNo: `E-${id}`, title, description: '', notes: '', sourceUrl: '', account: '', platformContentId: '', ...extra } as EvidenceItem);

function indexOf(...docs: ReturnType<typeof item>[]) {
  const index = new EvidenceIndex();
  index.sync(docs);
  return index;
}
const ids = (index: EvidenceIndex, q: string) => index.query(q).map((h) => h.id).sort();

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
