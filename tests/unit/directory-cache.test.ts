import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { chainAuditEntry } from '@shared/audit/audit-chain';
import { auditTables, evidenceTables, ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesAbout, auditHead, writeAuditEntries } from '../../renderer/src/db/audit-log';
import { addEvidence, findEvidenceByExhibitNo, getEvidence, patchEvidence, removeEvidence } from '../../renderer/src/db/evidence-store';

// Two connections to one database: the app's window and another window (or the import, in its own transaction).
let here: ExpedienteDatabase;
let there: ExpedienteDatabase;
beforeEach(async () => {
  const name = `cache-${crypto.randomUUID()}`;
  here = new ExpedienteDatabase(name);
  there = new ExpedienteDatabase(name);
  await here.open();
  await there.open();
});
afterEach(async () => {
  here.close();
  there.close();
  await Dexie.delete(here.name);
});

const item = (n: number): EvidenceItem =>
  ({ id: `i-${n}`, caseId: 'c1', exhibitNo: `E-${String(n).padStart(4, '0')}`, title: `Item ${n}`, hashes: { sha256: null, pdq: null }, archivedAt: null }) as unknown as EvidenceItem;
const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => item(from + i));

describe('directories kept in memory', () => {
  it('see every change to a case’s evidence made elsewhere, and nothing of a write that failed', async () => {
    await addEvidence(here, items(1, 600));
    expect((await getEvidence(here, 'i-550', 'c1'))?.title).toBe('Item 550'); // read and kept
    await addEvidence(there, items(601, 10));
    expect((await getEvidence(here, 'i-605', 'c1'))?.exhibitNo).toBe('E-0605');
    await removeEvidence(there, 'c1', ['i-550']);
    expect(await getEvidence(here, 'i-550', 'c1')).toBeUndefined();
    await patchEvidence(there, 'c1', 'i-7', { exhibitNo: 'E-9007' });
    expect((await findEvidenceByExhibitNo(here, 'c1', 'E-9007'))?.id).toBe('i-7');
    // A number freed elsewhere can be given here; one taken elsewhere is refused here.
    await addEvidence(here, [{ ...item(700), exhibitNo: 'E-0007' }]);
    await expect(addEvidence(here, [{ ...item(701), exhibitNo: 'E-9007' }])).rejects.toMatchObject({ name: 'ConstraintError' });
    // A write that aborts after changing the directory leaves the old view.
    await expect(here.transaction('rw', evidenceTables(here), async () => {
      await addEvidence(here, items(800, 5));
      expect((await getEvidence(here, 'i-802', 'c1'))?.id).toBe('i-802');
      throw new Error('abandoned');
    })).rejects.toThrow('abandoned');
    expect(await getEvidence(here, 'i-802', 'c1')).toBeUndefined();
    expect(await getEvidence(there, 'i-802', 'c1')).toBeUndefined();
  });

  it('see audit pages added elsewhere, and none of a write that failed', async () => {
    const page = async (d: ExpedienteDatabase, entityIds: string[]) => {
      let previous = await auditHead(d, 'c1');
      const entries = entityIds.map((entityId) => (previous = chainAuditEntry({ caseId: 'c1', at: '2026-12-02T10:00:00.000Z', actor: 'a', action: 'evidence.code', entity: 'evidence', entityId, summary: entityId, change: {} }, previous)));
      await writeAuditEntries(d, entries);
    };
    const ids = (tag: string) => Array.from({ length: 60 }, (_, n) => `${tag}-${n}`);
    await here.transaction('rw', auditTables(here), () => page(here, ids('a')));
    expect((await auditEntriesAbout(here, 'c1', 'a-3')).map((e) => e.summary)).toEqual(['a-3']);
    await there.transaction('rw', auditTables(there), () => page(there, [...ids('b'), 'a-3']));
    expect((await auditEntriesAbout(here, 'c1', 'a-3')).map((e) => e.seq)).toEqual([4, 121]);
    await expect(here.transaction('rw', auditTables(here), async () => {
      await page(here, [...ids('c'), 'a-3']);
      expect(await auditEntriesAbout(here, 'c1', 'a-3')).toHaveLength(3);
      throw new Error('abandoned');
    })).rejects.toThrow('abandoned');
    expect(await auditEntriesAbout(here, 'c1', 'a-3')).toHaveLength(2);
    // A page (50 entries or more) shorter than the abandoned one, so its key is lower than that page's would have been.
    await here.transaction('rw', auditTables(here), () => page(here, [...ids('d').slice(0, 55), 'a-3']));
    expect((await auditEntriesAbout(here, 'c1', 'a-3')).map((e) => e.seq)).toEqual([4, 121, 177]);
  });
});
