import { chainAuditEntry } from '@shared/audit/audit-chain';
import { canonicalJson } from '@shared/audit/canonical-json';
import type { AuditEntry, EvidenceItem } from '@shared/domain/types';
import { auditTables, db, evidenceTables } from '../../renderer/src/db/database';
import { auditHead, writeAuditEntries } from '../../renderer/src/db/audit-log';
import { newEvidenceItem, type EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { addEvidence, evidenceForUpdate, evidenceOfCase } from '../../renderer/src/db/evidence-store';

/** Where the time of a bulk registration goes (diagnostics for the bench, not run by default). */
export async function registrationPhases(caseId: string, n: number, fields: (i: number) => EvidenceFields) {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const items: EvidenceItem[] = [];
  for (let i = 1; i <= n; i += 1) items.push(newEvidenceItem(caseId, `P-${i}`, fields(i), null));
  t['build items'] = performance.now() - t0;
  t0 = performance.now();
  for (const item of items) canonicalJson(item);
  t['canonical JSON only'] = performance.now() - t0;
  t0 = performance.now();
  const entries: AuditEntry[] = [];
  let prev: AuditEntry | undefined;
  for (const item of items) {
    prev = chainAuditEntry({ caseId: `${caseId}-phases`, at: '2026-01-01T00:00:00.000Z', actor: 'a', action: 'evidence.register', entity: 'evidence', entityId: item.id, summary: item.title, change: item }, prev);
    entries.push(prev);
  }
  t['chain audit entries (JSON + SHA-256)'] = performance.now() - t0;
  t0 = performance.now();
  await db.transaction('rw', [...evidenceTables(db), ...auditTables(db)], async () => {
    await addEvidence(db, items);
    t['add items (pages)'] = performance.now() - t0;
    t0 = performance.now();
    await writeAuditEntries(db, entries);
    t['bulkAdd audit entries'] = performance.now() - t0;
    t0 = performance.now();
  });
  t['commit'] = performance.now() - t0;
  t0 = performance.now();
  const loaded = await evidenceOfCase(db, caseId);
  t[`read back ${loaded.length} items`] = performance.now() - t0;
  return t;
}

/** Where the time of a bulk coding action goes: the same steps as applyCoding, timed apart (diagnostics, not run by default). */
export async function codingPhases(caseId: string, itemIds: readonly string[], tagId: string) {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  await db.transaction('rw', [...evidenceTables(db), ...auditTables(db)], async () => {
    const stored = await evidenceForUpdate(db, [...itemIds], caseId);
    const items = stored.items;
    t[`bulkGet ${items.length} items`] = performance.now() - t0;
    t0 = performance.now();
    const head = await auditHead(db, caseId);
    const after: EvidenceItem[] = [];
    const entries: AuditEntry[] = [];
    let prev = head;
    for (const item of items) {
      if (!item) continue;
      after.push({ ...item, tagIds: [...item.tagIds, tagId] });
      prev = chainAuditEntry({ caseId, at: '2026-01-01T00:00:00.000Z', actor: 'a', action: 'evidence.code', entity: 'evidence', entityId: item.id, summary: `${item.exhibitNo} coded: tags`, change: { tags: { from: item.tagIds, to: [...item.tagIds, tagId] } } }, prev);
      entries.push(prev);
    }
    t['code + chain audit entries (JSON + SHA-256)'] = performance.now() - t0;
    t0 = performance.now();
    await stored.write(after);
    t['put items (pages)'] = performance.now() - t0;
    t0 = performance.now();
    await writeAuditEntries(db, entries);
    t['bulkAdd audit entries'] = performance.now() - t0;
    t0 = performance.now();
  });
  t['commit'] = performance.now() - t0;
  return t;
}
