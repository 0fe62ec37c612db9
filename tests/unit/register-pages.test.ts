import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCaseInput } from '@shared/domain/case-input';
import { plainRow, toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { evidenceOfCase } from '../../renderer/src/db/evidence-store';
import { followCasePages } from '../../renderer/src/db/follow-case-pages';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { deleteEvidence, renumberEvidence, setEvidenceArchived } from '../../renderer/src/features/evidence/data/evidence-lifecycle';
import { RegisterPages } from '../../renderer/src/features/evidence/register/register-pages';
import { applyCoding } from '../../renderer/src/features/review/data/coding-commands';
import { watchedConnection } from './watched-connection';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (title: string): EvidenceFields => ({
  title, kind: 'post', platform: 'TikTok', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
  captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: 'not in a row', sensitivity: 'normal', externalReference: '', notes: '',
});
const register = (titles: string[]) => registerEvidence(database, caseId, titles.map((t) => ({ fields: fields(t), file: null })));

beforeEach(async () => {
  database = new ExpedienteDatabase(`register-pages-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

/** The register as a fresh read of the whole case gives it: what the followed rows must always equal. */
const truth = async () => (await evidenceOfCase(database, caseId)).map(toRegisterRow);
const byExhibit = (rows: readonly RegisterRow[]) => rows.map(plainRow).sort((a, b) => (a.exhibitNo < b.exhibitNo ? -1 : 1));

describe('the register followed page by page', () => {
  it('reads the whole case once, then only the page a write touched, and always equals a fresh read', async () => {
    await register(Array.from({ length: 1_200 }, (_, i) => `Capture ${i + 1}`));
    const reads = { pages: 0, scans: 0 };
    // Another window's connection, counting what it reads.
    const other = watchedConnection(database.name, {
      getMany: (req, next) => { reads.pages += req.keys.length; return next(req); },
      query: (req, next) => { reads.scans += 1; return next(req); },
    });
    // No Worker here: the pages are read in this thread, as where a worker cannot start.
    const pages = new RegisterPages(other, caseId);
    let done: () => void = () => {};
    const read = () => new Promise<void>((resolve) => { done = resolve; });
    let next = read();
    /** How many pages each hand-over of re-read pages held. */
    const handedOver: number[] = [];
    const stop = followCasePages(other, caseId, {
      loadAll: (signal) => pages.loadAll(signal),
      readPages: (p) => { handedOver.push(p.length); pages.readPages(p); },
      onRead: () => done(),
    });
    expect(pages.rows).toBeUndefined();
    await next;
    expect(pages.rows).toHaveLength(1_200);
    expect(pages.rows!.map((r) => r.exhibitNo)).toEqual((await truth()).map((r) => r.exhibitNo));
    const [first, , third] = [...pages.rows!.slice(0, 1), undefined, pages.rows![1_100]!];

    // A tag on one item of the first page: that page is read, nothing else, and the row shows the tag.
    const hot = (await database.tags.where('caseId').equals(caseId).filter((t) => t.name === 'Hot').first())!;
    reads.pages = 0; reads.scans = 0;
    next = read();
    await applyCoding(database, caseId, [first!.id], { addTagIds: [hot.id] });
    await next;
    expect(reads).toEqual({ pages: 1, scans: 0 });
    expect(pages.rows![0]!.tagIds).toEqual([hot.id]);
    expect(pages.rows![1_100]).toBe(third); // a row of a page no write touched is the same row
    expect(byExhibit(pages.rows!)).toEqual(byExhibit(await truth()));

    // Archived, renumbered, deleted, one more registered: each one page, each time equal to a fresh read.
    for (const write of [
      () => setEvidenceArchived(database, { id: third!.id, caseId }, true),
      () => renumberEvidence(database, { id: first!.id, caseId }, 'E-9000'),
      () => deleteEvidence(database, { id: pages.rows![600]!.id, caseId }, 'purge requested by the victim'),
      () => register(['One more']),
    ]) {
      reads.pages = 0; reads.scans = 0;
      next = read();
      await write();
      await next;
      expect(reads).toEqual({ pages: 1, scans: 0 });
      expect(byExhibit(pages.rows!)).toEqual(byExhibit(await truth()));
    }
    expect(pages.rows).toHaveLength(1_200);
    expect(pages.rows!.find((r) => r.id === first!.id)?.exhibitNo).toBe('E-9000');
    expect(pages.rows!.find((r) => r.id === third!.id)?.archivedAt).not.toBeNull();

    // A bulk registration: 700 items fill the last page and start another: those two pages are read.
    reads.pages = 0;
    next = read();
    await register(Array.from({ length: 700 }, (_, i) => `Bulk ${i}`));
    await next;
    expect(reads).toEqual({ pages: 2, scans: 0 });
    expect(byExhibit(pages.rows!)).toEqual(byExhibit(await truth()));
    expect(pages.rows).toHaveLength(1_900);

    // An import of 4,000 items in one transaction names nine pages: they are read a few at a time, never all at once.
    handedOver.length = 0;
    next = read();
    await register(Array.from({ length: 4_000 }, (_, i) => `Import ${i}`));
    await next;
    expect(handedOver.reduce((a, b) => a + b, 0)).toBe(9);
    expect(Math.max(...handedOver)).toBeLessThanOrEqual(4);
    expect(byExhibit(pages.rows!)).toEqual(byExhibit(await truth()));
    expect(pages.rows).toHaveLength(5_900);

    // A write over a range of pages (Dexie names no keys then) reads the whole case again: here, the table cleared.
    next = read();
    await database.evidencePages.clear();
    await next;
    expect(reads.scans).toBeGreaterThan(0);
    expect(pages.rows).toEqual([]);
    stop();
    other.close();
  });

  it('has no rows after a first read that failed, instead of an empty register, and reads the case once it can', async () => {
    await register(['A', 'B']);
    let failNextScan = true;
    const other = watchedConnection(database.name, {
      query: (req, next) => {
        if (!failNextScan) return next(req);
        failNextScan = false;
        return Promise.reject(new Error('disk hiccup'));
      },
    });
    const pages = new RegisterPages(other, caseId);
    const seen: { hasFailed: boolean; rows: readonly RegisterRow[] | undefined }[] = [];
    let settled: () => void = () => {};
    const good = new Promise<void>((resolve) => { settled = resolve; });
    const stop = followCasePages(other, caseId, {
      loadAll: (signal) => pages.loadAll(signal), readPages: (p) => pages.readPages(p),
      onRead: ({ error }) => {
        seen.push({ hasFailed: error !== undefined, rows: pages.rows });
        if (!error) settled();
      },
    });
    await good;
    // Not an empty list: the register would call the case empty.
    expect(seen[0]).toEqual({ hasFailed: true, rows: undefined });
    expect(seen.at(-1)!.hasFailed).toBe(false);
    expect(seen.at(-1)!.rows!.map((r) => r.title)).toEqual(['A', 'B']);
    stop();
    other.close();
  }, 10_000);

  it('keeps the rows it had when a later read of the whole case fails', async () => {
    await register(['A', 'B']);
    let isFailing = false;
    const other = watchedConnection(database.name, { query: (req, next) => (isFailing ? Promise.reject(new Error('disk hiccup')) : next(req)) });
    const pages = new RegisterPages(other, caseId);
    const signal = new AbortController().signal;
    await pages.loadAll(signal);
    const before = pages.rows;
    isFailing = true;
    await expect(pages.loadAll(signal)).rejects.toThrow('disk hiccup');
    expect(pages.rows).toBe(before);
    expect(pages.rows!.map((r) => r.title)).toEqual(['A', 'B']);
    other.close();
  });
});
