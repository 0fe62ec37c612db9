import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCaseInput } from '@shared/domain/case-input';
import { CaseSearch } from '@shared/search/case-search';
import type { SearchKind } from '@shared/search/case-results';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { createFact, setFactArchived, updateFact, type FactFields } from '../../renderer/src/features/chronology/data/fact-commands';
import { createArgument, saveArgumentBody } from '../../renderer/src/features/arguments/data/argument-commands';
import { feedCaseIndex } from '../../renderer/src/features/search/case-index-feed';
import { feedEvidence } from '../../renderer/src/features/search/evidence-feed';
import { changedPages } from '../../renderer/src/db/follow-case-pages';
import { addEvidence, evidenceOfCase, patchEvidence, removeEvidence } from '../../renderer/src/db/evidence-store';
import { buildEvidenceBase } from '../../renderer/src/features/search/evidence-base-client';
import { WorkerUnavailable } from '../../renderer/src/workers/ask-once';
import { joinParts, readEvidenceBase, readEvidenceBasePart } from '../../renderer/src/features/search/evidence-base';
import { EvidenceIndex } from '@shared/search/evidence-index';
import type { EvidenceItem } from '@shared/domain/types';
import { watchedConnection, type PageReadHooks } from './watched-connection';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (text: string): FactFields => ({
  date: { precision: 'month', start: '2026-03', end: null, timeZone: null }, text, status: 'undisputed', materiality: 'unsure', evidence: [], partyIds: [],
});

/** Resolves once the index of `kind` has been (re)built `times` more times. */
function reports(onIndexed: (listener: (kind: SearchKind) => void) => void) {
  const waiting: { kind: SearchKind; resolve(): void }[] = [];
  onIndexed((kind) => waiting.splice(0).forEach((w) => (w.kind === kind ? w.resolve() : waiting.push(w))));
  return (kind: SearchKind) => new Promise<void>((resolve) => waiting.push({ kind, resolve }));
}

beforeEach(async () => {
  database = new ExpedienteDatabase(`search-feed-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('the search worker\'s feed from the database', () => {
  it('builds every kind on open, then follows each write without a rebuild being asked for', async () => {
    const fact = await createFact(database, caseId, fields('El niño recibió el montaje'));
    const search = new CaseSearch();
    let listener: (kind: SearchKind) => void = () => {};
    const next = reports((l) => (listener = l));
    const opened = Promise.all((['evidence', 'facts', 'findings', 'arguments'] as const).map(next));
    const close = feedCaseIndex(database, caseId, search, (r) => listener(r.kind));
    await opened;
    expect(search.query('nino', 5).groups.map((g) => g.kind)).toEqual(['facts']);

    let indexed = next('facts');
    await updateFact(database, fact.id, fields('El menor fue contactado por Telegram'));
    await indexed;
    expect(search.query('telegram', 5).groups).toHaveLength(1);
    expect(search.query('nino', 5).groups).toHaveLength(0);

    indexed = next('arguments');
    const argument = await createArgument(database, caseId, { heading: 'Responsabilidad', theory: 'other', legalBasis: [], elements: [], counterArguments: [] });
    await indexed;
    indexed = next('arguments');
    await saveArgumentBody(database, argument.id, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Difusión en Málaga' }] }] });
    await indexed;
    expect(search.query('malaga', 5).groups.map((g) => g.kind)).toEqual(['arguments']);

    indexed = next('facts');
    await setFactArchived(database, fact.id, true);
    await indexed;
    expect(search.query('telegram', 5).groups).toHaveLength(0);
    close();
  });
});

/** A stored item with the fields the search reads. */
const evidenceItem = (n: number) => ({
  id: `ev-${n}`, caseId, exhibitNo: `E-${String(n).padStart(4, '0')}`, title: `Capture ${n}`, description: n === 7 ? 'mentions Valencia' : '', notes: '',
  sourceUrl: '', account: '', platformContentId: '', hashes: { sha256: null, pdq: null }, archivedAt: null,
}) as unknown as EvidenceItem;

/** The worker's own connection to the test database, with its reads of stored pages passed through `hooks`. */
const workerConnection = (hooks: PageReadHooks) => watchedConnection(database.name, hooks);

describe('the evidence feed', () => {
  it('re-reads only the page a write touched, from another connection, and stays exact through edits, moves of pages and deletes', async () => {
    await addEvidence(database, Array.from({ length: 1_200 }, (_, i) => evidenceItem(i + 1)));
    // The worker's own connection, counting what it reads of the stored pages.
    const reads = { pages: 0, scans: 0 };
    const worker = workerConnection({
      getMany: (req, next) => { reads.pages += req.keys.length; return next(req); },
      query: (req, next) => { reads.scans += 1; return next(req); },
    });
    const index = new EvidenceIndex();
    let done: () => void = () => {};
    const read = () => new Promise<void>((resolve) => { done = resolve; });
    let next = read();
    const stop = feedEvidence(worker, caseId, index, () => done());
    await next;
    expect(index.size).toBe(1_200);
    expect(reads.scans).toBeGreaterThan(0);
    const find = (text: string) => index.query(text).map((h) => h.id).sort();
    expect(find('valencia')).toEqual(['ev-7']);

    // An edit: one page read, the index follows.
    reads.pages = 0; reads.scans = 0;
    next = read();
    await patchEvidence(database, caseId, 'ev-1100', { description: 'now in Valencia too' });
    await next;
    expect(reads).toEqual({ pages: 1, scans: 0 });
    expect(find('valencia')).toEqual(['ev-1100', 'ev-7']);

    // A delete from the first page.
    next = read();
    await removeEvidence(database, caseId, ['ev-7']);
    await next;
    expect(find('valencia')).toEqual(['ev-1100']);
    expect(index.size).toBe(1_199);

    // A new item lands on the last page.
    next = read();
    await addEvidence(database, [{ ...evidenceItem(1_201), description: 'Valencia again' }]);
    await next;
    expect(find('valencia')).toEqual(['ev-1100', 'ev-1201']);
    expect(reads.scans).toBe(0);

    // An item moved to another page in two writes, the page it joins first: still in the index.
    const [first, , last] = await database.evidencePages.where('caseId').equals(caseId).sortBy('page');
    const moved = first!.items.find((i) => i.id === 'ev-5')!;
    next = read();
    await database.evidencePages.put({ ...last!, items: [...last!.items, { ...moved, description: 'moved to Valencia' }] });
    await next;
    next = read();
    await database.evidencePages.put({ ...first!, items: first!.items.filter((i) => i.id !== 'ev-5') });
    await next;
    expect(find('valencia')).toEqual(['ev-1100', 'ev-1201', 'ev-5']);
    expect(index.size).toBe(1_200);

    // A bulk write (Dexie names no keys past 50 records) reads the whole case again, and still agrees.
    next = read();
    await addEvidence(database, Array.from({ length: 1_000 }, (_, i) => ({ ...evidenceItem(2_000 + i), description: 'Valencia bulk' })));
    await next;
    expect(index.size).toBe(2_200);
    expect(find('valencia')).toHaveLength(1_003);
    stop();
    worker.close();
  });

  it('reads the whole case again after a read fails, so the index does not stay short', async () => {
    await addEvidence(database, Array.from({ length: 600 }, (_, i) => evidenceItem(i + 1)));
    let failNextScan = true;
    const worker = workerConnection({
      query: (req, next) => {
        if (!failNextScan) return next(req);
        failNextScan = false;
        return Promise.reject(new Error('disk hiccup'));
      },
    });
    const index = new EvidenceIndex();
    const seen: string[] = [];
    let settled: () => void = () => {};
    const good = new Promise<void>((resolve) => { settled = resolve; });
    const stop = feedEvidence(worker, caseId, index, (r) => {
      seen.push(r.error ? 'error' : 'read');
      if (!r.error) settled();
    });
    await good;
    expect(seen).toEqual(['error', 'read']);
    expect(index.size).toBe(600);
    stop();
    worker.close();
  }, 10_000);

  it('tells pages of its case from a range or another case in what Dexie reports', () => {
    const key = (c: string, p: number) => ({ from: [c, p], to: [c, p] });
    expect(changedPages({ ...key('c1', 3), l: key('c1', 1), r: key('c2', 9) }, 'c1')).toEqual(new Set([1, 3]));
    expect(changedPages(key('c2', 4), 'c1')).toBeNull();
    expect(changedPages({ from: ['c1', 0], to: ['c1', 40] }, 'c1')).toBe('all');
    expect(changedPages({ from: -Infinity, to: [[]] }, 'c1')).toBe('all');
    expect(changedPages({ from: ['c2', 0], to: ['c2', 40] }, 'c1')).toBeNull();
    expect(changedPages(undefined, 'c1')).toBeNull();
  });
});

describe('the build of a whole case\'s evidence index', () => {
  it('is not redone here when the builder could not read the case: the follower tries again later', async () => {
    const unreadable = async () => {
      throw new Error('The case could not be read.');
    };
    await expect(buildEvidenceBase(database, caseId, new AbortController().signal, unreadable)).rejects.toThrow('could not be read');
  });

  it('is done in this thread where the builder worker cannot run, from then on, and finds the same items', async () => {
    await addEvidence(database, Array.from({ length: 600 }, (_, i) => evidenceItem(i + 1)));
    let asked = 0;
    const noWorker = async () => {
      asked += 1;
      throw new WorkerUnavailable('Worker is not defined');
    };
    const base = await buildEvidenceBase(database, caseId, new AbortController().signal, noWorker);
    await buildEvidenceBase(database, caseId, new AbortController().signal, noWorker);
    expect(asked).toBe(1);
    const index = new EvidenceIndex();
    index.setBase(base.parts);
    expect(index.size).toBe(600);
    const all = await evidenceOfCase(database, caseId);
    expect(index.matchAll(all[599]!.title).ids).toContain(all[599]!.id);
    expect([...new Set(base.pageOf)]).toEqual([0, 1]);
  });

  it('is not done again here when it was stopped (the case was closed)', async () => {
    const stop = new AbortController();
    stop.abort();
    const stopped = async () => {
      throw stop.signal.reason;
    };
    await expect(buildEvidenceBase(database, caseId, stop.signal, stopped)).rejects.toBe(stop.signal.reason);
  });
});

describe('a case\'s evidence index built in parts', () => {
  it('reads each part where the last ended, and searches as one index', async () => {
    const items = Array.from({ length: 2_600 }, (_, i) => ({ ...evidenceItem(i + 1), description: i % 2 ? 'Valencia' : 'Madrid' }));
    await addEvidence(database, items);
    const signal = new AbortController().signal;
    const first = await readEvidenceBasePart(database, caseId, signal, { afterPage: -Infinity, first: 0, maxItems: 1_000 });
    // A step reads four pages of 500: the part stops at the end of the step that passed 1,000 items.
    expect([first.index.count, first.lastPage, first.isLast]).toEqual([2_000, 3, false]);
    const second = await readEvidenceBasePart(database, caseId, signal, { afterPage: first.lastPage, first: 2_000, maxItems: 1_000 });
    expect([second.index.count, second.isLast]).toEqual([600, true]);
    const base = joinParts([first, second]);
    const index = new EvidenceIndex();
    index.setBase(base.parts);
    expect(index.size).toBe(2_600);
    expect(index.matchAll('valencia').ids.length).toBe(1_300);
    const stored = await evidenceOfCase(database, caseId);
    const last = stored[2_599]!;
    expect(index.doc(last.id)?.title).toBe(last.title);
    expect(base.pageOf[index.baseNumberOf(last.id)]).toBe(5);
    // Ranked as the same records in one part are.
    const whole = new EvidenceIndex();
    whole.setBase((await readEvidenceBase(database, caseId, signal)).parts);
    const scores = (ix: EvidenceIndex) => Object.fromEntries(ix.query('madrid').map((h) => [h.id, h.score]));
    expect(scores(index)).toEqual(scores(whole));
  });
});
