import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence, type RegisterRequest } from '../../renderer/src/features/evidence/data/evidence-commands';
import { updateEvidence } from '../../renderer/src/features/evidence/data/evidence-edits';
import { deleteEvidence, renumberEvidence } from '../../renderer/src/features/evidence/data/evidence-lifecycle';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import type { IntakeFile } from '../../renderer/src/features/evidence/data/intake-file';
import { evidenceOfCase, getEvidence } from '../../renderer/src/db/evidence-store';

let database: ExpedienteDatabase;
let caseId: string;

const fields = (title: string, sensitivity: EvidenceFields['sensitivity'] = 'normal'): EvidenceFields => ({
  title, kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
  captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '', sensitivity, externalReference: '', notes: '',
});
const file = (name: string, sha: string, keepBytes = true): IntakeFile => ({
  name, size: 5, mime: 'text/plain', sha256: sha.padEnd(64, '0'), blob: keepBytes ? new Blob([name]) : null,
});
const req = (title: string, f: IntakeFile | null = null, sensitivity: EvidenceFields['sensitivity'] = 'normal'): RegisterRequest => ({
  fields: fields(title, sensitivity), file: f,
});

beforeEach(async () => {
  database = new ExpedienteDatabase(`evidence-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('registering evidence', () => {
  it('numbers items in order with the case prefix and logs each with a verifiable chain', async () => {
    const outcomes = await registerEvidence(database, caseId, [req('a'), req('b', file('b.txt', 'b1')), req('c')]);
    expect(outcomes.map((o) => (o.status === 'registered' ? o.item.exhibitNo : o.status))).toEqual(['E-0001', 'E-0002', 'E-0003']);
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.action)).toEqual(['case.create', 'evidence.register', 'evidence.register', 'evidence.hash', 'evidence.register']);
    expect(verifyAuditChain(log)).toMatchObject({ intact: true, entries: 5 });
    expect(await database.files.count()).toBe(1);
  });

  it('stores the same bytes once and reports the exhibit that already holds them', async () => {
    await registerEvidence(database, caseId, [req('first', file('one.txt', 'aa'))]);
    const outcomes = await registerEvidence(database, caseId, [req('again', file('copy.txt', 'aa')), req('new', file('two.txt', 'bb'))]);
    expect(outcomes[0]).toEqual({ status: 'duplicate', name: 'copy.txt', duplicateOf: 'E-0001' });
    expect(outcomes[1]).toMatchObject({ status: 'registered', item: { exhibitNo: 'E-0002' } });
    expect(await database.files.count()).toBe(2);
  });

  it('keeps only the hashes of withheld material', async () => {
    const [outcome] = await registerEvidence(database, caseId, [req('withheld', file('x.jpg', 'cc', false), 'withheld')]);
    expect(outcome).toMatchObject({ status: 'registered', item: { attachment: null, hashes: { sha256: 'cc'.padEnd(64, '0') } } });
    expect(await database.files.count()).toBe(0);
  });

  it('never gives a deleted item’s number again, and renumbering refuses a number in use', async () => {
    const [a, b] = await registerEvidence(database, caseId, [req('a'), req('b')]);
    if (a?.status !== 'registered' || b?.status !== 'registered') throw new Error('setup');
    await deleteEvidence(database, b.item, 'purge order');
    const [c] = await registerEvidence(database, caseId, [req('c')]);
    expect(c).toMatchObject({ item: { exhibitNo: 'E-0003' } });
    expect(await renumberEvidence(database, a.item, 'E-0003')).toEqual({ status: 'taken', by: 'c' });
    expect(await renumberEvidence(database, a.item, 'E-0050')).toEqual({ status: 'renumbered' });
    const [d] = await registerEvidence(database, caseId, [req('d')]);
    expect(d).toMatchObject({ item: { exhibitNo: 'E-0051' } });
  });

  it('purges stored bytes when an item becomes withheld, unless another item holds them', async () => {
    const [a] = await registerEvidence(database, caseId, [req('a', file('a.png', 'dd'))]);
    if (a?.status !== 'registered') throw new Error('setup');
    const changed = await updateEvidence(database, a.item, fields('a', 'withheld'));
    expect(changed).toEqual(['sensitivity']);
    expect((await getEvidence(database, a.item.id))?.attachment).toBeNull();
    expect(await database.files.count()).toBe(0);
    const log = await auditEntriesOf(database, caseId);
    expect(log.at(-1)?.action).toBe('evidence.purge-bytes');
  });

  it('registers a bulk of thousands as one action: numbers in order, one entry per item and file, in order, chain intact', async () => {
    const n = 4_500; // more than two of the chunks the registration writes in
    const requests = Array.from({ length: n }, (_, i) => req(`item ${i + 1}`, i % 1000 === 999 ? file(`f${i}.txt`, `f${i}`) : null));
    requests.push(req('again', file('copy.txt', 'f999'))); // bytes registered in the first chunk
    const outcomes = await registerEvidence(database, caseId, requests);
    expect(outcomes.at(-1)).toEqual({ status: 'duplicate', name: 'copy.txt', duplicateOf: 'E-1000' });
    const items = await evidenceOfCase(database, caseId);
    expect(items.map((e) => e.exhibitNo)).toEqual(Array.from({ length: n }, (_, i) => `E-${String(i + 1).padStart(4, '0')}`));
    const log = await auditEntriesOf(database, caseId);
    expect(verifyAuditChain(log)).toMatchObject({ intact: true, entries: 1 + n + 4 });
    const registered = log.filter((e) => e.action === 'evidence.register');
    expect(registered.map((e) => e.summary)).toEqual(Array.from({ length: n }, (_, i) => `E-${String(i + 1).padStart(4, '0')} registered: item ${i + 1}`));
    const hashed = log.findIndex((e) => e.action === 'evidence.hash');
    expect(log[hashed - 1]).toMatchObject({ action: 'evidence.register', summary: 'E-1000 registered: item 1000' });
    expect(await database.files.count()).toBe(4);
    expect((await database.cases.get(caseId))?.lastExhibitCounter).toBe(n);
  });

  it('writes nothing of a bulk registration whose last chunk fails, though earlier chunks were written', async () => {
    database.auditEntries.hook('creating', (_key, entry) => {
      if (entry.seq > 4_000) throw new Error('disk full');
    });
    const requests = Array.from({ length: 4_500 }, (_, i) => req(`item ${i}`, i === 10 ? file('a.txt', 'a1') : null));
    await expect(registerEvidence(database, caseId, requests)).rejects.toThrow();
    expect(await database.evidencePages.count()).toBe(0);
    expect(await database.files.count()).toBe(0);
    expect(await auditEntriesOf(database, caseId)).toHaveLength(1);
    expect((await database.cases.get(caseId))?.lastExhibitCounter).toBe(0);
  });

  it('writes nothing when any part of a bulk registration fails', async () => {
    database.auditEntries.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(registerEvidence(database, caseId, [req('a'), req('b', file('b.txt', 'ee'))])).rejects.toThrow();
    expect(await database.evidencePages.count()).toBe(0);
    expect(await database.files.count()).toBe(0);
    expect((await database.cases.get(caseId))?.lastExhibitCounter).toBe(0);
  });
});
