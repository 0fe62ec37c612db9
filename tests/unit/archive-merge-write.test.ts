import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import type { CaseDocument } from '@shared/archive/case-document';
import { chooseAll } from '@shared/archive/merge/merge-choices';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive } from '@shared/archive/write-archive';
import type { ExpedienteDatabase } from '../../renderer/src/db/database';
import { appendAudit } from '../../renderer/src/db/audit-log';
import { loadCaseDocument } from '../../renderer/src/features/archive/data/load-case-document';
import { MergeRefused, writeMerge } from '../../renderer/src/features/archive/data/merge-case';
import { previewMerge } from '../../renderer/src/features/archive/data/preview-merge';
import { mapReader, withDatabase } from '../fixtures/archive/archive-db';
import { CASE_ID, POST, POST_SHA, REPLY, REPLY_SHA, exhibit, id, mergeCase, withFile } from '../fixtures/archive/merge-case';
import { addEvidence } from '../../renderer/src/db/evidence-store';

const source = { fileName: 'Doe back from co-counsel.expediente', sha256: 'cd'.repeat(32) };

async function seed(database: ExpedienteDatabase, doc: CaseDocument) {
  await database.cases.add(doc.case);
  for (const table of ['parties', 'tagGroups', 'tags', 'facts', 'expertReports', 'arguments'] as const) await database.table(table).bulkAdd(doc[table]);
  await addEvidence(database, doc.evidence);
  await database.auditEntries.bulkAdd(doc.auditEntries);
  await database.files.add({ sha256: POST_SHA, blob: new Blob([POST]), size: POST.length, mime: 'image/png', storedAt: doc.case.createdAt });
}

/** Our case exported, edited elsewhere (a title changed, an exhibit with a new file added), verified back. */
async function editedArchive(database: ExpedienteDatabase) {
  const theirs = await loadCaseDocument(database, CASE_ID);
  theirs.evidence[1]!.title = 'Platform reply of 3 March';
  theirs.evidence.push(exhibit(20, { exhibitNo: 'E-0004', title: 'Their new post', ...withFile(REPLY, 'reply.png') }));
  const files = new Map([[POST_SHA, POST], [REPLY_SHA, REPLY]]);
  return readCaseArchive((await writeCaseArchive({ document: theirs, appVersion: 'test', readFile: mapReader(files) })).blob);
}

describe('writing a merge', () => {
  it('writes the chosen rows, the new file and an audit entry for each, in our chain, and the archive\'s log stays out of it', async () => {
    await withDatabase(async (database) => {
      await seed(database, mergeCase());
      const archive = await editedArchive(database);
      const { preview, ours } = await previewMerge(database, CASE_ID, archive);
      await writeMerge(database, ours, preview, chooseAll(preview.rows, new Map(), 'take-theirs'), archive, source);
      const after = await loadCaseDocument(database, CASE_ID);
      expect(after.evidence.map((e) => `${e.exhibitNo} ${e.title}`)).toEqual(['E-0001 Exhibit 1', 'E-0002 Platform reply of 3 March', 'E-0003 Exhibit 3', 'E-0004 Their new post']);
      expect(after.case.lastExhibitCounter).toBe(4);
      expect(await database.files.get(REPLY_SHA)).toMatchObject({ size: REPLY.length, mime: 'image/png' });
      expect(verifyAuditChain(after.auditEntries).intact).toBe(true);
      expect(after.auditEntries.map((e) => e.action)).toEqual(['case.create', 'evidence.merge-add', 'evidence.merge-update', 'case.merge']);
      expect(after.auditEntries.at(-1)!.summary).toContain(archive.manifest.audit.headHash);
      expect(after.evidence.find((e) => e.exhibitNo === 'E-0004')!.id).not.toBe(id('e', 20));
    });
  });

  it('refuses, writing nothing, when the case changed after the preview', async () => {
    await withDatabase(async (database) => {
      await seed(database, mergeCase());
      const archive = await editedArchive(database);
      const { preview, ours } = await previewMerge(database, CASE_ID, archive);
      await appendAudit(database, { caseId: CASE_ID, at: new Date().toISOString(), actor: 'local user', action: 'case.update', entity: 'case', entityId: CASE_ID, summary: 'Edited elsewhere', change: null });
      const before = await loadCaseDocument(database, CASE_ID);
      await expect(writeMerge(database, ours, preview, new Map(), archive, source)).rejects.toMatchObject({ reason: 'case-changed' });
      expect(await loadCaseDocument(database, CASE_ID)).toEqual(before);
      expect(await database.files.get(REPLY_SHA)).toBeUndefined();
    });
  });

  it('writes nothing when any part of the write fails', async () => {
    await withDatabase(async (database) => {
      await seed(database, mergeCase());
      const archive = await editedArchive(database);
      const { preview, ours } = await previewMerge(database, CASE_ID, archive);
      const before = await loadCaseDocument(database, CASE_ID);
      Object.assign(database.files, { bulkAdd: () => Promise.reject(new Error('disk full')) });
      await expect(writeMerge(database, ours, preview, chooseAll(preview.rows, new Map(), 'take-theirs'), archive, source)).rejects.toThrow('disk full');
      expect(await loadCaseDocument(database, CASE_ID)).toEqual(before);
    });
  });

  it('refuses a plan with a problem left', async () => {
    await withDatabase(async (database) => {
      await seed(database, mergeCase());
      const theirs = await loadCaseDocument(database, CASE_ID);
      theirs.facts[0]!.text = 'Edited there';
      const ours = await loadCaseDocument(database, CASE_ID);
      ours.facts[0]!.archivedAt = '2026-12-01T00:00:00.000Z';
      await database.facts.put(ours.facts[0]!);
      const archive = await readCaseArchive((await writeCaseArchive({ document: theirs, appVersion: 'test', readFile: mapReader(new Map([[POST_SHA, POST]])) })).blob);
      const { preview, ours: loaded } = await previewMerge(database, CASE_ID, archive);
      await expect(writeMerge(database, loaded, preview, new Map(), archive, source)).rejects.toBeInstanceOf(MergeRefused);
    });
  });
});
