import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCaseInput } from '@shared/domain/case-input';
import type { EvidenceItem } from '@shared/domain/types';
import { plainRow, toRegisterRow } from '@shared/review/register-row';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { addEvidence, evidenceOfCase } from '../../renderer/src/db/evidence-store';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { blockTransferables, RegisterBlockBuilder, rowsOfBlock } from '../../renderer/src/features/evidence/register/register-block';
import { readRegisterPart } from '../../renderer/src/features/evidence/register/register-read';

const text = fc.string({ unit: fc.constantFrom('a', 'Ł', 'ó', 'Ω', 'д', '😀', ' ', '-', '0', '\ufeff'), maxLength: 12 });
const instant = fc.option(fc.constantFrom('2026-01-02T03:04:05.000Z', '2025-12-31T23:59:59.999Z'), { nil: null });
const item = fc.record({
  id: fc.uuid(), exhibitNo: text, title: text, kind: fc.constantFrom('post', 'image', 'video'), platform: fc.constantFrom('', 'TikTok', 'X', 'Телеграм'),
  capturedAt: instant, publishedAt: instant, archivedAt: instant, captureTimeZone: fc.option(fc.constantFrom('UTC', 'Europe/Madrid'), { nil: null }),
  sensitivity: fc.constantFrom('normal', 'restricted', 'withheld'), reviewStatus: fc.constantFrom('unreviewed', 'first-pass'),
  tagIds: fc.array(fc.constantFrom('t1', 't2', 'tag-ñ'), { maxLength: 3 }), hasFile: fc.boolean(), page: fc.nat(3),
}).map(({ hasFile, page, ...fields }) => ({ page, item: { ...fields, caseId: 'case-1', attachment: hasFile ? { sha256: 'x' } : null } as unknown as EvidenceItem }));

describe('a block of register rows', () => {
  it('gives back every row as read, after crossing to another thread, page by page', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), (read) => {
      // Pages come in order, as they are read.
      const inOrder = [...read].sort((a, b) => a.page - b.page);
      const builder = new RegisterBlockBuilder();
      for (const { item: it, page } of inOrder) builder.add(it, page);
      const data = builder.finish();
      // What postMessage does with it, typed arrays transferred.
      const received = structuredClone(data, { transfer: blockTransferables(data) });
      const pages = rowsOfBlock(received);
      expect(pages.map((p) => p.page)).toEqual([...new Set(inOrder.map((r) => r.page))]);
      expect(pages.flatMap((p) => p.rows).map(plainRow)).toEqual(inOrder.map((r) => toRegisterRow(r.item)));
    }), { numRuns: 300 });
  });
});

describe('the register read in parts', () => {
  let database: ExpedienteDatabase;
  let caseId: string;
  beforeEach(async () => {
    database = new ExpedienteDatabase(`register-block-${crypto.randomUUID()}`);
    caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
  });
  afterEach(async () => {
    database.close();
    await Dexie.delete(database.name);
  });

  const stored = (count: number) => addEvidence(database, Array.from({ length: count }, (_, i) => ({
      id: `ev-${i}`, caseId, exhibitNo: `E-${String(i + 1).padStart(4, '0')}`, title: `Captura ${i} — Łódź`, kind: 'post', platform: 'TikTok',
      capturedAt: null, publishedAt: null, captureTimeZone: 'UTC', sensitivity: 'normal', reviewStatus: 'unreviewed', tagIds: i % 3 ? [] : ['hot'],
      attachment: null, archivedAt: null, hashes: { sha256: null, pdq: null },
    }) as unknown as EvidenceItem));

  it('reads each part where the last ended, and the parts together are the case', async () => {
    await stored(2_600);
    const signal = new AbortController().signal;
    const first = await readRegisterPart(database, caseId, { afterPage: -Infinity, maxItems: 1_000 }, signal);
    // A step reads four pages of 500: the part stops at the end of the step that passed 1,000 items.
    expect([first.block.count, first.lastPage, first.isLast]).toEqual([2_000, 3, false]);
    const second = await readRegisterPart(database, caseId, { afterPage: first.lastPage, maxItems: 1_000 }, signal);
    expect([second.block.count, second.isLast]).toEqual([600, true]);
    const rows = [first, second].flatMap((part) => rowsOfBlock(part.block).flatMap((p) => p.rows));
    expect(rows.map(plainRow)).toEqual((await evidenceOfCase(database, caseId)).map(toRegisterRow));
  });

  it('starts no empty part after a part that ended with the case', async () => {
    await stored(2_000);
    const part = await readRegisterPart(database, caseId, { afterPage: -Infinity, maxItems: 2_000 }, new AbortController().signal);
    expect([part.block.count, part.isLast]).toEqual([2_000, true]);
  });
});
