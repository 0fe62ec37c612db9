import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { EvidenceIndex, evidenceBoosts, evidenceFlags, searchedFields, toSearchDoc, type SearchDoc } from '@shared/search/evidence-index';
import { FrozenIndex } from '@shared/search/frozen-index';
import { buildFrozen } from '@shared/search/layered-index';
import { TextIndex } from '@shared/search/text-index';

const words = ['niño', 'grok', 'deepfake', 'sexual', '4711', '47110', 'report', 'canal', 'Łódź', 'Москва'];
const text = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((ws) => ws.join(' '));
/** A case as a list of slots: slot n holds item `n` or nothing (not yet added, or deleted). */
const slot = fc.option(fc.record({ title: text, description: text, isArchived: fc.boolean() }), { nil: undefined });
const state = fc.array(slot, { minLength: 1, maxLength: 14 });
type State = (typeof state extends fc.Arbitrary<infer T> ? T : never);

const docsOf = (s: State): SearchDoc[] => s.flatMap((d, n) => d ? [{
  ...toSearchDoc({ id: `item-${n}`, exhibitNo: `E-${String(n).padStart(4, '0')}`, title: d.title, description: d.description, notes: '', sourceUrl: '', account: '', platformContentId: '', archivedAt: null } as EvidenceItem),
  isArchived: d.isArchived,
}] : []);

/** The write that turns one state into the next, as the evidence feed hands it over: re-read records, and ids gone. */
function patchFrom(before: State, after: State): { docs: SearchDoc[]; gone: string[] } {
  const now = docsOf(after);
  const ids = new Set(now.map((d) => d.id));
  return { docs: now, gone: docsOf(before).map((d) => d.id).filter((id) => !ids.has(id)) };
}

function fresh(s: State) {
  const index = new TextIndex<(typeof searchedFields)[number], SearchDoc>(searchedFields, evidenceBoosts);
  index.sync(docsOf(s));
  return index;
}

const queries = fc.constantFrom('grok', 'gr', 'nino', 'lodz', 'моск', '4711', '47', 'e-00', 'grok sexual', '"sexual deepfake"', 'report canal', 'absent');

describe('a frozen base with later writes on top', () => {
  it('finds, ranks and marks exactly as one index built from the records as they are now', () => {
    const cuts = fc.array(fc.nat(), { maxLength: 2 });
    fc.assert(fc.property(state, state, state, queries, fc.option(fc.nat(), { nil: undefined }), cuts, (first, second, third, q, stale, cutAt) => {
      const layered = new EvidenceIndex();
      // Sometimes one item was read twice while the base was built (deleted and added again): an older copy first.
      const read = docsOf(first);
      if (stale !== undefined && read.length > 0) read.unshift({ ...read[stale % read.length]!, title: 'grok canal 47110', isArchived: false });
      // The base in one part or a few, numbered one after another, as the builder workers make it.
      const bounds = [0, ...cutAt.map((c) => c % (read.length + 1)).sort((a, b) => a - b), read.length];
      layered.setBase(bounds.slice(1).map((end, at) => buildFrozen(searchedFields, evidenceFlags, read.slice(bounds[at], end), bounds[at])));
      // From the start, an item read twice counts once, as its last copy, in whichever parts the copies fell.
      expect(layered.size).toBe(new Set(read.map((d) => d.id)).size);
      for (const doc of docsOf(first)) expect(layered.doc(doc.id)).toEqual(doc);
      for (const [from, to] of [[first, second], [second, third]] as const) {
        const { docs, gone } = patchFrom(from, to);
        layered.patch(docs, gone);
      }
      const expected = fresh(third);
      expect(layered.size).toBe(expected.size);
      const scores = (hits: { id: string; score: number }[]) => Object.fromEntries(hits.map((h) => [h.id, h.score]));
      const want = scores(expected.query(q));
      const got = scores(layered.query(q));
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const id of Object.keys(want)) expect(got[id]).toBeCloseTo(want[id]!, 9);
      const matched = layered.matchAll(q);
      expect(matched.ids.sort()).toEqual(expected.matchAll(q).ids.sort());
      expect(matched.terms.sort()).toEqual(expected.matchAll(q).terms.sort());
      const live = (d: SearchDoc) => !d.isArchived;
      const best = layered.best(q, 3, live);
      const bestWanted = expected.best(q, 3, live);
      expect(best.total).toBe(bestWanted.total);
      expect(best.hits.map((h) => h.score)).toEqual(bestWanted.hits.map((h) => h.score).map((s) => expect.closeTo(s, 9)));
      const byFlags = layered.bestUnarchived(q, 3);
      expect(byFlags.total).toBe(bestWanted.total);
      expect(byFlags.hits.map((h) => h.score)).toEqual(bestWanted.hits.map((h) => h.score).map((s) => expect.closeTo(s, 9)));
      for (const doc of docsOf(third)) expect(layered.doc(doc.id)).toEqual(doc);
      for (const doc of docsOf(first)) if (!expected.doc(doc.id)) expect(layered.doc(doc.id)).toBeUndefined();
    }), { numRuns: 400 });
  });

  it('keeps a flag change in the base, and counts edits as the mutable index does', () => {
    const layered = new EvidenceIndex();
    const [a, b, c] = docsOf([{ title: 'grok', description: '', isArchived: false }, { title: 'canal', description: '', isArchived: false }, { title: 'report', description: '', isArchived: false }]);
    layered.sync([a!, b!, c!]);
    expect(layered.patch([{ ...a!, isArchived: true }, { ...b!, title: 'canal grok' }, { ...c! }], [])).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(layered.topSize).toBe(1);
    expect(layered.doc(a!.id)?.isArchived).toBe(true);
    expect(layered.best('grok', 5, (d) => !d.isArchived).hits.map((h) => h.id)).toEqual([b!.id]);
    expect(layered.bestUnarchived('grok', 5).hits.map((h) => h.id)).toEqual([b!.id]);
    expect(layered.patch([{ ...a!, id: 'new' }], [c!.id, b!.id])).toEqual({ added: 1, updated: 0, removed: 2 });
    expect(layered.matchAll('grok').ids.sort()).toEqual([a!.id, 'new'].sort());
  });
});

describe('a frozen base read from a case that changed under the reader', () => {
  const [x, y] = docsOf([{ title: 'grok', description: '', isArchived: false }, { title: 'report', description: '', isArchived: false }]);

  it('keeps only the last copy of an item read twice (deleted and added again meanwhile)', () => {
    const layered = new EvidenceIndex();
    layered.setBase(buildFrozen(searchedFields, evidenceFlags, [x!, y!, { ...x!, title: 'canal' }]));
    expect(layered.size).toBe(2);
    expect(layered.matchAll('grok').ids).toEqual([]);
    expect(layered.matchAll('canal').ids).toEqual([x!.id]);
    expect(layered.doc(x!.id)?.title).toBe('canal');
    layered.patch([{ ...x!, title: 'canal report' }], []);
    expect(layered.matchAll('report').ids.sort()).toEqual([x!.id, y!.id].sort());
    expect(layered.size).toBe(2);
  });
});

describe('text the frozen base gives back', () => {
  it('is the text written, from a leading byte-order mark on; an unchanged record stays in the base', () => {
    const docs = docsOf([{ title: '\ufeffHello world', description: '', isArchived: false }, { title: 'grok report', description: 'lone \ud800 half', isArchived: false }]);
    const layered = new EvidenceIndex();
    layered.sync(docs);
    expect(layered.doc(docs[0]!.id)?.title).toBe('\ufeffHello world');
    expect(layered.doc(docs[1]!.id)?.title).toBe('grok report');
    expect(layered.matchAll('grok').ids).toEqual([docs[1]!.id]);
    // Re-read as they are (a tag elsewhere on their page): nothing moves on top, though a lone surrogate came back as U+FFFD.
    expect(layered.patch(docs, [])).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(layered.topSize).toBe(0);
  });
});

describe('a frozen index', () => {
  it('holds every word, record, id and length it was built from, in any script', () => {
    const records = [
      { id: 'b', title: 'Zdjęcie z Łodzi', body: 'Φωτογραφία και видео 😀, a lone \ud800 surrogate' },
      { id: 'a', title: 'Niño', body: '' },
      { id: 'd', title: 'grok grok grok', body: 'report' },
    ];
    const frozen = new FrozenIndex(buildFrozen(['title', 'body'] as const, { flagsOf: () => 0, withFlags: (d) => d }, records));
    expect(frozen.count).toBe(3);
    for (const record of records) {
      const n = frozen.numberOf(record.id);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(frozen.id(n)).toBe(record.id);
      // A lone surrogate cannot be written as UTF-8: it comes back as U+FFFD, and the records after it where they were.
      expect([frozen.text(n, 0), frozen.text(n, 1)]).toEqual([record.title, record.body.replace('\ud800', '\ufffd')]);
    }
    expect(frozen.numberOf('c')).toBe(-1);
    expect(frozen.numberOf('0')).toBe(-1);
    expect(frozen.startingWith('gr')).toEqual(['grok']);
    expect(frozen.startingWith('go')).toEqual([]);
    expect([...frozen.postingsOf('grok')].map((p) => frozen.codec.countOf(p))).toEqual([3]);
    expect(frozen.length(frozen.numberOf('d'), 0)).toBe(3);
    expect(frozen.postingsOf('видео').length).toBe(1);
    expect(frozen.postingsOf('gon').length).toBe(0);
    expect(frozen.startingWith('surr')).toEqual(['surrogate']);
  });

  it('gives back ids in any script, after ids of four-byte letters', () => {
    const ids = ['😀-1', 'ñ-2', '\ufeffbom', 'Łódź', '𠀀𠀀', 'plain', 'Ω'];
    const frozen = new FrozenIndex(buildFrozen(['title'] as const, { flagsOf: () => 0, withFlags: (d) => d }, ids.map((id) => ({ id, title: id }))));
    for (const id of ids) expect(frozen.id(frozen.numberOf(id))).toBe(id);
    expect(ids.map((_, n) => frozen.id(n))).toEqual(ids);
  });

  it('finds each of thousands of words by its exact spelling, and none it lacks', () => {
    const records = Array.from({ length: 3_000 }, (_, n) => ({ id: `r${n}`, title: `${n} x${n * 7} ñ${n}`, body: '' }));
    const frozen = new FrozenIndex(buildFrozen(['title', 'body'] as const, { flagsOf: () => 0, withFlags: (d) => d }, records));
    for (let n = 0; n < 3_000; n += 1) {
      expect(frozen.postingsOf(String(n)).length).toBe(1);
      expect(frozen.postingsOf(`x${n * 7}`).length).toBe(1);
      expect(frozen.postingsOf(`n${n}`).length).toBe(1);
    }
    for (const absent of ['3000', 'x1', 'n', '', 'ñ1', '00']) expect(frozen.postingsOf(absent).length).toBe(0);
  });

  it('finds words by prefix in code-unit order, though it keeps them as UTF-8 (which orders some letters otherwise)', () => {
    // UTF-16 puts a letter past U+FFFF ('𠀀', a surrogate pair) before 'ａ' (U+FF41); UTF-8 puts it after.
    const word = fc.array(fc.constantFrom('a', 'ы', 'ａ', '𠀀'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const record = fc.array(word, { maxLength: 5 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 12 }), word, (titles, prefix) => {
      const records = titles.map((title, n) => ({ id: `r${n}`, title }));
      const frozen = new FrozenIndex(buildFrozen(['title'] as const, { flagsOf: () => 0, withFlags: (d) => d }, records));
      const held = [...new Set(titles.flatMap((t) => t.split(' ')).filter((w) => w !== ''))].sort();
      // Cut between letters, as a query's words are (never inside a surrogate pair).
      for (const cut of [1, 2, 4].map((n) => [...prefix].slice(0, n).join(''))) expect(frozen.startingWith(cut)).toEqual(held.filter((w) => w.startsWith(cut)));
      for (const w of held) expect(frozen.postingsOf(w).length).toBe(titles.filter((t) => t.split(' ').includes(w)).length);
    }), { numRuns: 300 });
  });
});
