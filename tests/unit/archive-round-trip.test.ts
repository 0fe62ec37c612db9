import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainAuditEntry, verifyAuditChain } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/sha256';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive } from '@shared/archive/write-archive';
import { importCaseArchive } from '../../renderer/src/features/archive/data/import-case';
import { loadCaseDocument } from '../../renderer/src/features/archive/data/load-case-document';
import { citationsIn } from '@shared/legal/rich-text';
import { arbitraryCase } from '../fixtures/archive/arbitrary-case';
import { comparable, mapReader, storeReader, withDatabase } from '../fixtures/archive/archive-db';
import { evidenceOfCase } from '../../renderer/src/db/evidence-store';

const source = { fileName: 'case.expediente', sha256: 'cd'.repeat(32) };

describe('case archive round trip', () => {
  it('a generated case with every kind of entity and its files exports and imports back identical, twice over', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async (generated) => {
        await withDatabase(async (database) => {
          const first = await writeCaseArchive({ document: generated.document, appVersion: 'test', readFile: mapReader(generated.files) });
          const imported = await importCaseArchive(database, await readCaseArchive(first.blob), source);
          const loaded = await loadCaseDocument(database, imported.caseId);
          expect(imported.caseId).not.toBe(generated.document.case.id);
          expect(comparable(loaded, imported.idMap, true)).toEqual(comparable(generated.document));
          expect(verifyAuditChain(loaded.auditEntries).intact).toBe(true);
          // Citations in argument bodies point at the imported case's own rows (catalogue rows keep their ids).
          const ids = new Set([...loaded.evidence, ...loaded.facts, ...loaded.authorities].map((row) => row.id));
          for (const a of loaded.arguments) {
            for (const c of citationsIn(a.body)) expect(c.id === 'G3' || ids.has(c.id), `${c.kind} ${c.id}`).toBe(true);
          }
          expect(loaded.auditEntries.at(-1)).toMatchObject({ action: 'case.import', entityId: imported.caseId });
          for (const [sha, bytes] of generated.files) {
            const stored = await database.files.get(sha);
            expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
          }
          // The imported case exports and imports again: the same content, one more import entry.
          const second = await writeCaseArchive({ document: loaded, appVersion: 'test', readFile: storeReader(database) });
          const again = await importCaseArchive(database, await readCaseArchive(second.blob), source);
          expect(comparable(await loadCaseDocument(database, again.caseId), again.idMap, true)).toEqual(comparable(loaded));
        });
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('keeps exhibit numbers, withheld items as hashes only, and one copy of a file two exhibits share', async () => {
    const [generated] = fc.sample(arbitraryCase, { numRuns: 1, seed: 7 });
    const doc = generated!.document;
    const bytes = new TextEncoder().encode('shared screenshot');
    const sha = sha256Hex(bytes);
    await withDatabase(async (database) => {
      const files = new Map([[sha, bytes]]);
      const item = (n: number, sensitivity: 'normal' | 'withheld', withFile: boolean) => ({
        id: `evidence-${n}-${'x'.repeat(8)}`, caseId: doc.case.id, exhibitNo: `E-000${n}`, title: `Item ${n}`, kind: 'image' as const, platform: 'X',
        sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null, captureTimeZone: null, capturedBy: '', captureMethod: '',
        description: '', sensitivity, hashes: { sha256: withFile || sensitivity === 'withheld' ? (sensitivity === 'withheld' ? 'ee'.repeat(32) : sha) : null, pdq: null },
        attachment: withFile ? { sha256: sha, name: `shot-${n}.png`, mime: 'image/png', size: bytes.length } : null,
        externalReference: sensitivity === 'withheld' ? 'Police exhibit 42' : '', tagIds: [], reviewStatus: 'unreviewed' as const, notes: '', archivedAt: null,
      });
      const document = { ...doc, evidence: [item(3, 'normal', true), item(7, 'normal', true), item(9, 'withheld', false)], facts: [], expertReports: [], arguments: [], savedViews: [], exportRecords: [], tags: [], tagGroups: [] };
      const head = chainAuditEntry({ caseId: doc.case.id, at: doc.case.createdAt, actor: 'local user', action: 'case.create', entity: 'case', entityId: doc.case.id, summary: 'Case created', change: null }, undefined);
      const written = await writeCaseArchive({ document: { ...document, auditEntries: [head] }, appVersion: 'test', readFile: mapReader(files) });
      expect(written.manifest.files).toHaveLength(1);
      const { caseId } = await importCaseArchive(database, await readCaseArchive(written.blob), source);
      const evidence = await evidenceOfCase(database, caseId);
      expect(evidence.map((e) => e.exhibitNo).sort()).toEqual(['E-0003', 'E-0007', 'E-0009']);
      const withheld = evidence.find((e) => e.exhibitNo === 'E-0009')!;
      expect(withheld).toMatchObject({ attachment: null, hashes: { sha256: 'ee'.repeat(32) }, externalReference: 'Police exhibit 42' });
      expect(await database.files.get('ee'.repeat(32))).toBeUndefined();
    });
  });
});
