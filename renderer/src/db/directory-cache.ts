import Dexie from 'dexie';
import { newId } from '@shared/domain/new-id';
import type { ExpedienteDatabase } from './database';
import type { EvidenceDirectoryRow } from './evidence-directory';
import type { AuditDirectoryRow } from './audit-records';

/**
 * The evidence and audit directories of the last few cases, kept in memory.
 * Chromium reads IndexedDB at ~25–40 MB/s here: a 100,000-item case's
 * evidence directory (4.5 MB) took ~160 ms to read, and selecting an item
 * reads it (to find the item's page) and the audit directory (its custody).
 *
 * - Evidence: every write of a case's directory gives the case a new stamp
 *   (`evidenceStamps`, same transaction). A reader reads the stamp first, then
 *   uses its copy only if it was read under the same stamp. Reading the stamp
 *   before the rows makes a race harmless: rows newer than their stamp only
 *   cost one more read later. A stamp of a write that aborted never matches.
 * - Audit: the log only grows, so a copy is extended by the rows after the
 *   last one it holds. Inside a read-write transaction, which may yet abort,
 *   the copy is neither used nor changed.
 *
 * Every function returns Dexie's promises (see evidence-store.ts).
 */
const KEEP_CASES = 3;

interface Copy<Row> {
  /** The evidence stamp the rows were read under, or the last audit seq they hold. */
  mark: string | number;
  rows: Row[];
}

class Copies<Row> {
  private readonly byDatabase = new WeakMap<ExpedienteDatabase, Map<string, Copy<Row>>>();

  get(d: ExpedienteDatabase, caseId: string): Copy<Row> | undefined {
    return this.byDatabase.get(d)?.get(caseId);
  }

  set(d: ExpedienteDatabase, caseId: string, copy: Copy<Row>): void {
    let byCase = this.byDatabase.get(d);
    if (!byCase) this.byDatabase.set(d, (byCase = new Map()));
    byCase.delete(caseId);
    byCase.set(caseId, copy);
    for (const oldest of byCase.keys()) {
      if (byCase.size <= KEEP_CASES) break;
      byCase.delete(oldest);
    }
  }
}

const evidenceCopies = new Copies<EvidenceDirectoryRow>();
const auditCopies = new Copies<AuditDirectoryRow>();

/** The case's evidence directory rows, in page order. Callers must not change them. */
export function evidenceDirectoryOf(d: ExpedienteDatabase, caseId: string): Promise<EvidenceDirectoryRow[]> {
  return d.evidenceStamps.get(caseId).then((stamp) => {
    const copy = evidenceCopies.get(d, caseId);
    if (stamp && copy?.mark === stamp.stamp) return copy.rows;
    return d.evidenceDirectory.where('[caseId+page]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray().then((rows) => {
      if (stamp) evidenceCopies.set(d, caseId, { mark: stamp.stamp, rows });
      return rows;
    });
  });
}

/**
 * Writes these rows of one case's evidence directory and removes the rows of
 * these pages, with a new stamp for the case. A copy that was current is
 * changed the same way and kept under the new stamp, so a case that grows by
 * one item is not read again; should the transaction abort, that stamp is
 * never stored and the copy is never used.
 */
export function writeEvidenceDirectory(
  d: ExpedienteDatabase, caseId: string, rows: readonly EvidenceDirectoryRow[], removedPages: readonly number[] = [],
): Promise<unknown> {
  const stamp = newId();
  return d.evidenceStamps.get(caseId).then((current) => {
    const copy = evidenceCopies.get(d, caseId);
    if (current && copy?.mark === current.stamp) evidenceCopies.set(d, caseId, { mark: stamp, rows: changedRows(copy.rows, rows, removedPages) });
    return Promise.all([
      rows.length > 0 ? d.evidenceDirectory.bulkPut([...rows]) : undefined,
      removedPages.length > 0 ? d.evidenceDirectory.bulkDelete(removedPages.map((page): [string, number] => [caseId, page])) : undefined,
      d.evidenceStamps.put({ caseId, stamp }),
    ]);
  });
}

function changedRows(old: readonly EvidenceDirectoryRow[], written: readonly EvidenceDirectoryRow[], removed: readonly number[]): EvidenceDirectoryRow[] {
  const byPage = new Map(old.map((row) => [row.page, row]));
  for (const row of written) byPage.set(row.page, row);
  for (const page of removed) byPage.delete(page);
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

/** After the directory was rebuilt outside the store (the schema upgrade): every case gets a stamp. */
export function stampsFor(caseIds: Iterable<string>): { caseId: string; stamp: string }[] {
  return [...new Set(caseIds)].map((caseId) => ({ caseId, stamp: newId() }));
}

/** The case's audit directory rows, in seq order. Callers must not change them. */
export function auditDirectoryOf(d: ExpedienteDatabase, caseId: string): Promise<AuditDirectoryRow[]> {
  const isWriting = Dexie.currentTransaction?.mode === 'readwrite';
  const copy = isWriting ? undefined : auditCopies.get(d, caseId);
  const after = copy ? (copy.mark as number) : -Infinity;
  return d.auditDirectory.where('[caseId+seq]').between([caseId, after], [caseId, Dexie.maxKey], false, true).toArray().then((fresh) => {
    const rows = copy ? (fresh.length > 0 ? [...copy.rows, ...fresh] : copy.rows) : fresh;
    if (!isWriting) auditCopies.set(d, caseId, { mark: rows.at(-1)?.seq ?? -Infinity, rows });
    return rows;
  });
}
