import type { Transaction } from 'dexie';

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
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
