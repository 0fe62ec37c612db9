import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Authority, Case, ExpertReport, ExportRecord, Fact, LegalArgument, Party,
  SavedView, StoredFile, Tag, TagGroup,
} from '@shared/domain/types';
import type { AuditDirectoryRow, AuditRecord } from './audit-records';
import type { EvidencePage } from './evidence-page-rows';
import type { EvidenceDirectoryRow } from './evidence-directory';
import { schemaVersions } from './schema-versions';

export const DATABASE_NAME = 'expediente';

/** The one database of the app: every case, its evidence, files and audit log. */
export class ExpedienteDatabase extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  parties!: EntityTable<Party, 'id'>;
  /** Evidence items in pages: read and write them through evidence-store.ts. */
  evidencePages!: Table<EvidencePage, [string, number]>;
  /** Which ids and exhibit numbers each evidence page holds (evidence-store.ts keeps it). */
  evidenceDirectory!: Table<EvidenceDirectoryRow, [string, number]>;
  /** A new stamp per case whenever its evidence directory changes (directory-cache.ts). */
  evidenceStamps!: Table<{ caseId: string; stamp: string }, string>;
  files!: EntityTable<StoredFile, 'sha256'>;
  tagGroups!: EntityTable<TagGroup, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  facts!: EntityTable<Fact, 'id'>;
  expertReports!: EntityTable<ExpertReport, 'id'>;
  arguments!: EntityTable<LegalArgument, 'id'>;
  authorities!: EntityTable<Authority, 'id'>;
  /** Entries and pages of entries: read them through audit-log.ts. */
  auditEntries!: Table<AuditRecord, [string, number]>;
  /** Which entities each page of audit entries is about (audit-log.ts keeps it). */
  auditDirectory!: Table<AuditDirectoryRow, [string, number]>;
  exportRecords!: EntityTable<ExportRecord, 'id'>;
  savedViews!: EntityTable<SavedView, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of schemaVersions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

export const db = new ExpedienteDatabase(DATABASE_NAME, { cache: 'disabled' });

/** The stores evidence lives in: every transaction that reads or writes evidence has them all in scope. */
export function evidenceTables(d: ExpedienteDatabase): Table[] {
  return [d.evidencePages, d.evidenceDirectory, d.evidenceStamps];
}

/** The stores the audit log lives in: every transaction that writes the log has them all in scope. */
export function auditTables(d: ExpedienteDatabase): Table[] {
  return [d.auditEntries, d.auditDirectory];
}
