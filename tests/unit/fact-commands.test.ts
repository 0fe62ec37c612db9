import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence } from '../../renderer/src/features/evidence/data/evidence-commands';
import { createFact, resolveExhibits, setFactArchived, updateFact, type FactFields } from '../../renderer/src/features/chronology/data/fact-commands';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (text: string, over: Partial<FactFields> = {}): FactFields => ({
  date: { precision: 'month', start: '2026-03', end: null, timeZone: null }, text, status: 'undisputed', materiality: 'unsure',
  evidence: [], partyIds: [], ...over,
});

beforeEach(async () => {
  database = new ExpedienteDatabase(`facts-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('fact commands', () => {
  it('numbers facts per case and logs each in the chain', async () => {
    const a = await createFact(database, caseId, fields('Grok generates the image.'));
    const b = await createFact(database, caseId, fields('X refuses to remove it.', { status: 'disputed-by-other-side' }));
    expect([a.number, b.number]).toEqual([1, 2]);
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.summary).slice(1)).toEqual(['Fact 1 added', 'Fact 2 added']);
    expect(log[2]!.change).toMatchObject({ status: 'disputed-by-other-side', materiality: 'unsure' });
    expect(verifyAuditChain(log)).toMatchObject({ intact: true });
  });

  it('never reuses a number, even after a fact is archived', async () => {
    const a = await createFact(database, caseId, fields('one'));
    await createFact(database, caseId, fields('two'));
    await setFactArchived(database, a.id, true);
    expect((await createFact(database, caseId, fields('three'))).number).toBe(3);
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.action)).toContain('fact.archive');
  });

  it('logs the fields an edit changed, and nothing for a re-save', async () => {
    const a = await createFact(database, caseId, fields('one'));
    const changed = await updateFact(database, a.id, fields('one', { materiality: 'yes', date: { precision: 'year', start: '2025', end: null, timeZone: null } }));
    expect(changed).toEqual(['date', 'materiality']);
    expect(await updateFact(database, a.id, fields('one', { materiality: 'yes', date: { precision: 'year', start: '2025', end: null, timeZone: null } }))).toEqual([]);
    const log = await auditEntriesOf(database, caseId);
    expect(log.at(-1)!.summary).toBe('Fact 1 edited: date, materiality');
  });

  it('refuses an invalid date before writing anything', async () => {
    await expect(createFact(database, caseId, fields('bad', { date: { precision: 'day', start: '2026-02-30', end: null, timeZone: null } }))).rejects.toThrow(/bad-start/);
    expect(await database.facts.count()).toBe(0);
  });

  it('rolls back the fact and the counter when the audit entry cannot be written', async () => {
    database.auditEntries.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(createFact(database, caseId, fields('lost'))).rejects.toThrow();
    expect(await database.facts.count()).toBe(0);
    expect((await database.cases.get(caseId))!.lastFactNumber).toBe(0);
  });

  it('resolves typed exhibit numbers to the case items with their pinpoints', async () => {
    const [outcome] = await registerEvidence(database, caseId, [{ file: null, fields: {
      title: 'Post', kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
      captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '', sensitivity: 'normal', externalReference: '', notes: '',
    } }]);
    const id = outcome!.status === 'registered' ? outcome!.item.id : '';
    const resolved = await resolveExhibits(database, caseId, [{ exhibitNo: 'E-0001', pinpoint: ' p. 4 ' }, { exhibitNo: 'E-0099', pinpoint: '' }, { exhibitNo: ' e-0001', pinpoint: '' }]);
    expect(resolved).toEqual({ evidence: [{ evidenceId: id, pinpoint: 'p. 4' }, { evidenceId: id, pinpoint: '' }], unknown: [1] });
  });
});
