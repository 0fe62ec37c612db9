import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { appendAudit, auditEntriesAbout, auditEntriesOf, auditHead } from '../../renderer/src/db/audit-log';
import { AUDIT_PAGE_SIZE, isAuditPage, type AuditPage } from '../../renderer/src/db/audit-records';
import { schemaVersions } from '../../renderer/src/db/schema-versions';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { findEvidenceByExhibitNo } from '../../renderer/src/db/evidence-store';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (title: string): EvidenceFields => ({
  title, kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
  captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '', sensitivity: 'normal', externalReference: '', notes: '',
});
const N = 1_200;

beforeEach(async () => {
  database = new ExpedienteDatabase(`audit-pages-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
  await registerEvidence(database, caseId, Array.from({ length: N }, (_, i) => ({ fields: fields(`item ${i + 1}`), file: null })));
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const pages = async () => (await database.auditEntries.toArray()).filter(isAuditPage);

describe('audit entries written in bulk are stored in pages', () => {
  it('stores a bulk registration as pages of consecutive entries, and reads every entry back in chain order', async () => {
    const stored = await pages();
    expect(stored.length).toBe(Math.ceil(N / AUDIT_PAGE_SIZE));
    expect(await database.auditEntries.count()).toBe(1 + stored.length); // the case's own entry + the pages
    const log = await auditEntriesOf(database, caseId);
    expect(log).toHaveLength(1 + N);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 1 + N }, (_, i) => i + 1));
    expect(verifyAuditChain(log)).toMatchObject({ intact: true, entries: 1 + N });
  });

  it('finds an item’s custody inside a page, and chains the next single entry from the page’s last entry', async () => {
    const item = await findEvidenceByExhibitNo(database, caseId, 'E-0777');
    const custody = await auditEntriesAbout(database, caseId, item!.id);
    expect(custody.map((e) => e.summary)).toEqual(['E-0777 registered: item 777']);

    const next = await appendAudit(database, { caseId, at: '2026-12-02T10:00:00.000Z', actor: 'a', action: 'evidence.edit', entity: 'evidence', entityId: item!.id, summary: 'E-0777 edited', change: {} });
    expect(next.seq).toBe(N + 2);
    expect((await auditHead(database, caseId))?.hash).toBe(next.hash);
    expect((await auditEntriesAbout(database, caseId, item!.id)).map((e) => e.summary)).toEqual(['E-0777 registered: item 777', 'E-0777 edited']);
    expect(verifyAuditChain(await auditEntriesOf(database, caseId)).intact).toBe(true);
    // Each page's directory row lists exactly the entities of its entries.
    const rows = await database.auditDirectory.toArray();
    expect(rows).toEqual((await pages()).map((p) => ({ caseId, seq: p.seq, entityIds: `\u0000${p.entries.map((e) => e.entityId).join('\u0000')}\u0000` })));
    // Another case's custody lookup does not see this case's entries.
    expect(await auditEntriesAbout(database, 'another-case', item!.id)).toEqual([]);
  });

  it('detects an entry altered inside a page behind the app’s back, at that entry', async () => {
    const [first] = await pages();
    const entries = first!.entries.map((e) => (e.seq === 42 ? { ...e, summary: 'rewritten history' } : e));
    await database.auditEntries.put({ ...first!, entries } satisfies AuditPage);
    expect(verifyAuditChain(await auditEntriesOf(database, caseId))).toEqual({ intact: false, brokenAtSeq: 42, reason: 'hash-mismatch' });
  });

  it('detects a whole page removed behind the app’s back as a gap in the sequence', async () => {
    const [first] = await pages();
    await database.auditEntries.delete([caseId, first!.seq]);
    expect(verifyAuditChain(await auditEntriesOf(database, caseId))).toMatchObject({ intact: false, brokenAtSeq: 2, reason: 'sequence-gap' });
  });
});

describe('a log written before the audit directory existed (v6)', () => {
  it('finds custody inside its pages after the upgrade', async () => {
    const name = `audit-v6-${crypto.randomUUID()}`;
    const legacy = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 6)) legacy.version(v.version).stores(v.stores);
    await legacy.open();
    const log = await auditEntriesOf(database, caseId);
    const entries = log.slice(0, 600);
    // v6 pages carried their entity ids for a multi-entry index.
    await legacy.table('auditEntries').bulkAdd([
      { caseId, seq: 500, firstSeq: 1, entityIds: entries.slice(0, 500).map((e) => e.entityId), entries: entries.slice(0, 500) },
      { caseId, seq: 600, firstSeq: 501, entityIds: entries.slice(500).map((e) => e.entityId), entries: entries.slice(500) },
    ]);
    legacy.close();

    const current = new ExpedienteDatabase(name);
    try {
      expect(await auditEntriesAbout(current, caseId, entries[550]!.entityId)).toEqual([entries[550]]);
      expect(await auditEntriesOf(current, caseId)).toEqual(entries);
    } finally {
      current.close();
      await Dexie.delete(name);
    }
  });
});

describe('a log written before pages existed', () => {
  it('is read and extended after the upgrade', async () => {
    const name = `audit-v1-${crypto.randomUUID()}`;
    const legacy = new Dexie(name);
    legacy.version(1).stores(schemaVersions[0]!.stores);
    await legacy.open();
    const log = await auditEntriesOf(database, caseId);
    await legacy.table('auditEntries').bulkAdd(log.slice(0, 3));
    legacy.close();

    const current = new ExpedienteDatabase(name);
    try {
      expect(await auditEntriesOf(current, caseId)).toEqual(log.slice(0, 3));
      expect(await auditEntriesAbout(current, caseId, log[1]!.entityId)).toEqual([log[1]]);
      const next = await appendAudit(current, { caseId, at: '2026-12-02T10:00:00.000Z', actor: 'a', action: 'x', entity: 'case', entityId: caseId, summary: 'x', change: {} });
      expect(next.prevHash).toBe(log[2]!.hash);
    } finally {
      current.close();
      await Dexie.delete(name);
    }
  });
});
