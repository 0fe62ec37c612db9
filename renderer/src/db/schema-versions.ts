import type { Transaction } from 'dexie';
import type { EvidenceItem } from '@shared/domain/types';
import { EVIDENCE_PAGE_SIZE, toEvidencePage, type EvidencePage } from './evidence-page-rows';
import { stampsFor } from './directory-cache';
import { toDirectoryRow } from './evidence-directory';
import { isAuditPage, toAuditDirectoryRow, type AuditRecord } from './audit-records';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped
 * entry: add a new version with an upgrade function, and extend the
 * "opens an older database" test in tests/unit/db-upgrade.test.ts.
 * Index only what is queried; blobs are never indexed.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, status, updatedAt',
      parties: 'id, caseId',
      // where('caseId') is served by the compound index's first part (Dexie virtual index).
      evidence: 'id, &[caseId+exhibitNo], hashes.sha256',
      files: 'sha256',
      tagGroups: 'id, caseId',
      tags: 'id, caseId, groupId',
      facts: 'id, caseId',
      expertReports: 'id, caseId',
      arguments: 'id, caseId',
      authorities: 'id, caseId',
      auditEntries: '[caseId+seq], entityId',
      exportRecords: 'id, caseId',
      savedViews: 'id, caseId',
    },
  },
  {
    // Audit records may be pages of entries (renderer/src/db/audit-records.ts), found by any entity they name.
    version: 2,
    stores: { auditEntries: '[caseId+seq], entityId, *entityIds' },
  },
  {
    // Evidence in pages of items (renderer/src/db/evidence-page-rows.ts), found by id, exhibit number or file hash.
    version: 3,
    stores: { evidencePages: '[caseId+page], *ids, &*exhibitKeys, *shas' },
    upgrade: movePerItemEvidenceToPages,
  },
  {
    // Dropped only after version 3 has read it (Dexie keeps a table an upgrader needs until the next version).
    version: 4,
    stores: { evidence: null },
  },
  {
    // Which ids each evidence page holds, so bulk changes decode only the pages they touch (evidence-page-rows.ts).
    version: 5,
    // Its rows are written by version 6's upgrade, which rebuilds them for every database older than 6.
    stores: { evidenceDirectory: '[caseId+page]' },
  },
  {
    // Ids and exhibit numbers found through the directory (evidence-directory.ts) instead of multi-entry indexes:
    // their 200,000 index keys were most of the cost of registering 100,000 items.
    version: 6,
    stores: { evidencePages: '[caseId+page], *shas', evidenceStamps: 'caseId' },
    upgrade: rebuildEvidenceDirectory,
  },
  {
    // The entities of each audit page listed in the audit directory (audit-records.ts) instead of a multi-entry index.
    version: 7,
    stores: { auditEntries: '[caseId+seq], entityId', auditDirectory: '[caseId+seq]' },
    upgrade: listEntitiesOfEachAuditPage,
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

/** v2 → v3: every case's items, in exhibit-number order, into pages. */
async function movePerItemEvidenceToPages(tx: Transaction): Promise<void> {
  const byCase = new Map<string, EvidenceItem[]>();
  // One getAll along the [caseId+exhibitNo] index (a cursor would cost a round trip per item: ~30 s for 100,000 here):
  // cases one after another, each in exhibit-number order.
  for (const item of await tx.table<EvidenceItem>('evidence').orderBy('[caseId+exhibitNo]').toArray()) {
    const items = byCase.get(item.caseId);
    if (items) items.push(item);
    else byCase.set(item.caseId, [item]);
  }
  const pages = [...byCase].flatMap(([caseId, items]) =>
    Array.from({ length: Math.ceil(items.length / EVIDENCE_PAGE_SIZE) }, (_, page) =>
      toEvidencePage(caseId, page, items.slice(page * EVIDENCE_PAGE_SIZE, (page + 1) * EVIDENCE_PAGE_SIZE))));
  await tx.table('evidencePages').bulkAdd(pages);
}

/** → v6: the directory row of every evidence page (a cursor: one page's items at a time, a few hundred rows in all). */
async function rebuildEvidenceDirectory(tx: Transaction): Promise<void> {
  const rows: ReturnType<typeof toDirectoryRow>[] = [];
  await tx.table<EvidencePage>('evidencePages').each((page) => rows.push(toDirectoryRow(page)));
  await tx.table('evidenceDirectory').clear();
  await tx.table('evidenceDirectory').bulkAdd(rows);
  await tx.table('evidenceStamps').bulkPut(stampsFor(rows.map((r) => r.caseId)));
}

/** v6 → v7: the directory row of every audit page (a cursor: a bulk action's pages are large). */
async function listEntitiesOfEachAuditPage(tx: Transaction): Promise<void> {
  const rows: ReturnType<typeof toAuditDirectoryRow>[] = [];
  await tx.table<AuditRecord>('auditEntries').each((record) => {
    if (isAuditPage(record)) rows.push(toAuditDirectoryRow(record));
  });
  await tx.table('auditDirectory').bulkAdd(rows);
}
