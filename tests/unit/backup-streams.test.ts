import 'fake-indexeddb/auto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/audit/sha256';
import { emptyCaseInput } from '@shared/domain/case-input';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive } from '@shared/archive/write-archive';
import { BACKUP_FILE_NAME, shellArgSchemas } from '@shared/shell-api/schemas';
import { importCaseArchive } from '../../renderer/src/features/archive/data/import-case';
import { loadCaseDocument } from '../../renderer/src/features/archive/data/load-case-document';
import { openArchiveFile } from '../../renderer/src/features/archive/data/open-archive-file';
import { shellReadSource } from '../../renderer/src/features/archive/data/shell-streams';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { backUpCase } from '../../renderer/src/features/backups/data/back-up-case';
import type { BackupMemory } from '../../renderer/src/features/backups/data/backup-memory';
import { BACKUP_KEEP } from '../../renderer/src/features/backups/backup-policy';
import { comparable, mapReader, withDatabase } from '../fixtures/archive/archive-db';
import { caseWithFiles } from '../fixtures/archive/case-with-files';
import { desktopBackupShell } from '../fixtures/backups/desktop-backup-shell';

type Database = Parameters<typeof importCaseArchive>[0];

let root: string;
beforeEach(async () => { root = await mkdtemp(join(tmpdir(), 'expediente-backup-streams-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

/** Remembers nothing: every call writes a backup, as if the case had changed each time. */
const forgetful: BackupMemory = { get: () => null, set: () => undefined };

async function seededCase(database: Database, sizes: number[]) {
  const { document, files } = caseWithFiles(sizes);
  const { blob } = await writeCaseArchive({ document, appVersion: 't', readFile: mapReader(files) });
  const { caseId } = await importCaseArchive(database, await readCaseArchive(blob), { fileName: 'seed.expediente', sha256: '0'.repeat(64) });
  return { caseId, files };
}

/** A clock that moves one second per backup, from 08:00:00. */
function ticking() {
  let second = 0;
  return () => new Date(Date.UTC(2026, 11, 2, 8, 0, second++));
}

const folderOf = async (caseId: string) => (await readdir(join(root, caseId))).sort();
const backupsIn = async (caseId: string) => (await folderOf(caseId)).filter((n) => BACKUP_FILE_NAME.test(n));

describe('automatic backups stream to the backup folder', () => {
  it('a backup appears only once it is complete, and restores as the same case', async () => {
    await withDatabase(async (database) => {
      const { caseId, files } = await seededCase(database, [9 * 1024 * 1024]);
      const desktop = desktopBackupShell(root);
      // What someone looking at the folder sees while the backup is being written.
      const seen: { backups: string[]; listed: number }[] = [];
      const shell = {
        ...desktop.shell,
        async writeChunk(args: Parameters<typeof desktop.shell.writeChunk>[0]) {
          const written = await desktop.shell.writeChunk(args);
          const listed = await desktop.shell.listBackups();
          seen.push({ backups: await backupsIn(caseId), listed: listed.status === 'listed' ? listed.backups.length : -1 });
          return written;
        },
      };
      const outcome = await backUpCase(database, caseId, shell, forgetful);
      expect(outcome).toMatchObject({ status: 'written', fileName: expect.stringMatching(BACKUP_FILE_NAME) });
      expect(seen.length).toBeGreaterThan(2); // 9 MB in 4 MB batches
      expect(seen.every((s) => s.backups.length === 0 && s.listed === 0)).toBe(true);
      expect(await folderOf(caseId)).toEqual([outcome.status === 'written' ? outcome.fileName : '', 'case.json']);

      const listed = await desktop.shell.listBackups();
      if (listed.status !== 'listed') throw new Error('not listed');
      expect(listed.backups).toEqual([expect.objectContaining({ caseId, caseTitle: 'Doe v X Corp', size: outcome.status === 'written' ? outcome.size : -1 })]);

      // Restore: opened by the shell, read by ranges, verified, imported into another machine's database.
      const opened = await desktop.shell.openBackup({ caseId, fileName: listed.backups[0]!.fileName });
      if (opened.status !== 'opened') throw new Error(opened.status);
      const verified = await openArchiveFile({ name: opened.name, source: shellReadSource(desktop.shell, opened.handle, opened.size) }, null);
      await desktop.shell.closeRead({ handle: opened.handle });
      if (verified.status !== 'verified') throw new Error(verified.status);
      expect(desktop.openCount()).toBe(0);
      await withDatabase(async (other) => {
        const { caseId: restored, idMap } = await importCaseArchive(other, verified.archive, verified.source);
        expect(comparable(await loadCaseDocument(other, restored), idMap, true)).toEqual(comparable(await loadCaseDocument(database, caseId)));
        for (const sha of files.keys()) expect(sha256Hex(new Uint8Array(await (await other.files.get(sha))!.blob.arrayBuffer()))).toBe(sha);
      });
    });
  });

  it(`keeps the newest ${BACKUP_KEEP}, and deletes an old one only after the new one is complete`, async () => {
    await withDatabase(async (database) => {
      const { caseId } = await seededCase(database, [5 * 1024 * 1024]);
      const desktop = desktopBackupShell(root, ticking());
      for (let i = 0; i < BACKUP_KEEP; i++) await backUpCase(database, caseId, desktop.shell, forgetful);
      const before = await backupsIn(caseId);
      expect(before).toHaveLength(BACKUP_KEEP);
      const during: string[][] = [];
      const shell = {
        ...desktop.shell,
        async writeChunk(args: Parameters<typeof desktop.shell.writeChunk>[0]) {
          const written = await desktop.shell.writeChunk(args);
          during.push(await backupsIn(caseId));
          return written;
        },
      };
      const outcome = await backUpCase(database, caseId, shell, forgetful);
      expect(during.every((names) => names.join() === before.join())).toBe(true);
      const after = await backupsIn(caseId);
      expect(after).toHaveLength(BACKUP_KEEP);
      expect(after).not.toContain(before[0]); // the oldest went
      expect(after).toContain(outcome.status === 'written' ? outcome.fileName : '');
      expect(after[0]).toBe('20261202T080001Z.expediente');
    });
  });

  it('a backup that fails part-way leaves no file that looks like a backup, and keeps the old ones', async () => {
    await withDatabase(async (database) => {
      const { caseId } = await seededCase(database, [9 * 1024 * 1024]);
      const desktop = desktopBackupShell(root, ticking());
      const heads = new Map<string, string>();
      const memory: BackupMemory = { get: (c) => heads.get(c) ?? null, set: (c, h) => void heads.set(c, h) };
      await backUpCase(database, caseId, desktop.shell, forgetful);
      const before = await folderOf(caseId);
      let chunks = 0;
      const failing = {
        ...desktop.shell,
        async writeChunk(args: Parameters<typeof desktop.shell.writeChunk>[0]) {
          if (++chunks === 2) throw new Error('The disk is full');
          return desktop.shell.writeChunk(args);
        },
      };
      await expect(backUpCase(database, caseId, failing, memory)).rejects.toThrow('The disk is full');
      expect(await folderOf(caseId)).toEqual(before); // no partial file either
      expect(desktop.openCount()).toBe(0);
      // Not remembered as backed up: the next run writes it.
      expect((await backUpCase(database, caseId, desktop.shell, memory)).status).toBe('written');
      expect(await backupsIn(caseId)).toHaveLength(2);
    });
  });

  it('writes nothing more until the case changes', async () => {
    await withDatabase(async (database) => {
      const { caseId } = await seededCase(database, []);
      const desktop = desktopBackupShell(root, ticking());
      const heads = new Map<string, string>();
      const memory: BackupMemory = { get: (c) => heads.get(c) ?? null, set: (c, h) => void heads.set(c, h) };
      expect((await backUpCase(database, caseId, desktop.shell, memory)).status).toBe('written');
      expect((await backUpCase(database, caseId, desktop.shell, memory)).status).toBe('unchanged');
      expect(await backupsIn(caseId)).toHaveLength(1);
      await caseCommands(database).update(caseId, { ...emptyCaseInput, title: 'Doe v X Corp (amended)' });
      expect((await backUpCase(database, caseId, desktop.shell, memory)).status).toBe('written');
      const listed = await desktop.shell.listBackups();
      expect(listed.status === 'listed' && listed.backups.map((b) => b.caseTitle)).toEqual(['Doe v X Corp (amended)', 'Doe v X Corp (amended)']);
    });
  });
});

describe('the backup folder', () => {
  it('two backups started in the same second, one still being written, get distinct names', async () => {
    const desktop = desktopBackupShell(root, () => new Date(Date.UTC(2026, 11, 2, 8)));
    const args = { caseId: 'c', caseTitle: 'C', keep: 5 };
    const first = await desktop.shell.beginBackup(args);
    const second = await desktop.shell.beginBackup(args);
    if (first.status !== 'ready' || second.status !== 'ready') throw new Error('not ready');
    expect([first.fileName, second.fileName]).toEqual(['20261202T080000Z.expediente', '20261202T080000Z-2.expediente']);
    await desktop.shell.writeChunk({ handle: second.handle, bytes: new Uint8Array([2]) });
    await desktop.shell.finishSave({ handle: second.handle });
    // The first is still being written: its partial file is not a leftover, and it is not listed.
    expect((await folderOf('c')).filter((n) => n.endsWith('.partial'))).toHaveLength(1);
    await desktop.shell.abortSave({ handle: first.handle });
    expect(await folderOf('c')).toEqual(['20261202T080000Z-2.expediente', 'case.json']);
  });

  it('a partial file left by a crash is deleted once the next backup of the case is complete; other files stay', async () => {
    const desktop = desktopBackupShell(root, () => new Date(Date.UTC(2026, 11, 2, 9)));
    const begun = await desktop.shell.beginBackup({ caseId: 'c', caseTitle: 'C', keep: 5 });
    if (begun.status !== 'ready') throw new Error('not ready');
    await writeFile(join(root, 'c', '.20261202T080000Z.expediente.0123abcd.partial'), 'half a backup');
    await writeFile(join(root, 'c', 'notes.txt'), 'mine');
    await desktop.shell.finishSave({ handle: begun.handle });
    expect(await folderOf('c')).toEqual(['20261202T090000Z.expediente', 'case.json', 'notes.txt']);
  });

  it('opens only backups inside the folder, and says when one is gone', async () => {
    const desktop = desktopBackupShell(root);
    expect(await desktop.shell.openBackup({ caseId: 'c', fileName: '20261202T090000Z.expediente' })).toEqual({ status: 'missing' });
    expect(shellArgSchemas.openBackup.safeParse({ caseId: 'c', fileName: '../x.expediente' }).success).toBe(false);
    expect(shellArgSchemas.openBackup.safeParse({ caseId: '..', fileName: '20261202T090000Z.expediente' }).success).toBe(false);
    expect(shellArgSchemas.beginBackup.safeParse({ caseId: '../c', caseTitle: '', keep: 3 }).success).toBe(false);
  });
});
