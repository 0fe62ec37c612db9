import 'fake-indexeddb/auto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCaseInput } from '@shared/domain/case-input';
import type { ShellApi, WriteBackupResult } from '@shared/shell-api/api';
import { shellArgSchemas } from '@shared/shell-api/schemas';
import { backupFolder } from '../../electron/main/backup-folder';
import { listBackups, readBackup, writeBackup } from '../../electron/main/backup-store';
import { QuitGate } from '../../electron/main/quit-gate';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { backUpCase } from '../../renderer/src/features/backups/data/back-up-case';
import type { BackupMemory } from '../../renderer/src/features/backups/data/backup-memory';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { readCaseArchive } from '@shared/archive/read-archive';

const bytes = (s: string) => new TextEncoder().encode(s);
const tempRoot = () => mkdtempSync(join(tmpdir(), 'expediente-backups-'));

describe('backup folder (desktop shell)', () => {
  it('keeps the newest backups of each case and lists them newest first with the case title', async () => {
    const root = tempRoot();
    for (let i = 0; i < 12; i++) {
      await writeBackup(root, { caseId: 'case-a', caseTitle: 'Fiscalía v X', bytes: bytes(`a${i}`), keep: 10 }, new Date(Date.UTC(2026, 11, 2, 8, 0, i)));
    }
    await writeBackup(root, { caseId: 'case-b', caseTitle: 'Doe v Meta', bytes: bytes('b'), keep: 10 }, new Date(Date.UTC(2026, 11, 2, 9)));
    const listed = await listBackups(root);
    expect(listed).toHaveLength(11);
    expect(listed[0]).toEqual({ caseId: 'case-b', caseTitle: 'Doe v Meta', fileName: '20261202T090000Z.expediente', at: '2026-12-02T09:00:00Z', size: 1 });
    const a = listed.filter((b) => b.caseId === 'case-a');
    // The two oldest (seconds 0 and 1) were removed.
    expect(a.map((b) => b.at.slice(-3))).toEqual(['11Z', '10Z', '09Z', '08Z', '07Z', '06Z', '05Z', '04Z', '03Z', '02Z']);
    expect(await readBackup(root, 'case-a', a[0]!.fileName, 1000)).toEqual({ status: 'read', bytes: bytes('a11') });
  });

  it('two backups in the same second get distinct names; leftovers and foreign files are not listed', async () => {
    const root = tempRoot();
    const at = new Date(Date.UTC(2026, 11, 2, 8));
    await writeBackup(root, { caseId: 'c', caseTitle: 'C', bytes: bytes('1'), keep: 5 }, at);
    const second = await writeBackup(root, { caseId: 'c', caseTitle: 'C', bytes: bytes('2'), keep: 5 }, at);
    expect(second.fileName).toBe('20261202T080000Z-2.expediente');
    writeFileSync(join(root, 'c', '.20261202T080001Z.expediente.partial'), 'half');
    writeFileSync(join(root, 'c', 'notes.txt'), 'mine');
    expect((await listBackups(root)).map((b) => b.fileName)).toEqual(['20261202T080000Z-2.expediente', '20261202T080000Z.expediente']);
    expect(readdirSync(join(root, 'c'))).toContain('notes.txt');
  });

  it('never reads outside the backup folder, and says when a backup is too large or gone', async () => {
    const root = tempRoot();
    await writeBackup(root, { caseId: 'c', caseTitle: 'C', bytes: bytes('12345'), keep: 5 }, new Date(Date.UTC(2026, 11, 2, 8)));
    expect(await readBackup(root, '..', '20261202T080000Z.expediente', 100)).toEqual({ status: 'missing' });
    expect(await readBackup(root, 'c', '../../etc/passwd', 100)).toEqual({ status: 'missing' });
    expect(await readBackup(root, 'c', '20261202T080000Z.expediente', 3)).toEqual({ status: 'too-large', size: 5 });
    expect(await readBackup(root, 'c', '20261202T090000Z.expediente', 100)).toEqual({ status: 'missing' });
    expect(shellArgSchemas.readBackup.safeParse({ caseId: 'c', fileName: '../x.expediente' }).success).toBe(false);
    expect(shellArgSchemas.writeBackup.safeParse({ caseId: '../c', caseTitle: '', bytes: new Uint8Array(), keep: 3 }).success).toBe(false);
  });

  it('goes to the documents folder, or under a test profile when one is set', () => {
    expect(backupFolder('/home/ana/Documents', null)).toBe('/home/ana/Documents/Expediente backups');
    expect(backupFolder('/home/ana/Documents', '/tmp/profile')).toBe('/tmp/profile/Backups');
  });
});

describe('quit gate', () => {
  it('holds the first quit until the page confirms, then lets quits through', () => {
    const quit = vi.fn();
    const gate = new QuitGate(() => true, quit, 30_000);
    expect(gate.onBeforeQuit()).toBe(true);
    expect(gate.onBeforeQuit()).toBe(true);
    expect(quit).not.toHaveBeenCalled();
    expect(gate.confirm()).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(gate.onBeforeQuit()).toBe(false);
  });

  it('quits anyway when the page does not answer in time, and at once when there is no page', () => {
    vi.useFakeTimers();
    const quit = vi.fn();
    const gate = new QuitGate(() => true, quit, 30_000);
    gate.onBeforeQuit();
    vi.advanceTimersByTime(29_999);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(gate.confirm()).toBe(false);
    vi.useRealTimers();
    expect(new QuitGate(() => false, quit).onBeforeQuit()).toBe(false);
  });
});

describe('backing up a case (renderer)', () => {
  let database: ExpedienteDatabase;
  beforeEach(async () => {
    database = new ExpedienteDatabase(`backups-${crypto.randomUUID()}`);
    await database.open();
  });
  afterEach(async () => {
    database.close();
    await Dexie.delete(database.name);
  });

  it('writes a verifiable case archive, and nothing more until the case changes', async () => {
    const commands = caseCommands(database);
    const { id } = await commands.create({ ...emptyCaseInput, title: 'Doe v X' }, 'en');
    const written: Uint8Array[] = [];
    const shell: Pick<ShellApi, 'writeBackup' | 'getAppInfo'> = {
      getAppInfo: async () => ({ version: '0.1.0', canRevealFiles: true, canBackUp: true }),
      writeBackup: async (args): Promise<WriteBackupResult> => {
        written.push(args.bytes);
        expect(args).toMatchObject({ caseId: id, keep: 10 });
        return { status: 'written', fileName: 'x.expediente', folder: '/b', removed: [] };
      },
    };
    const heads = new Map<string, string>();
    const memory: BackupMemory = { get: (c) => heads.get(c) ?? null, set: (c, h) => void heads.set(c, h) };
    expect((await backUpCase(database, id, shell, memory)).status).toBe('written');
    expect((await backUpCase(database, id, shell, memory)).status).toBe('unchanged');
    await commands.update(id, { ...emptyCaseInput, title: 'Doe v X Corp' });
    expect((await backUpCase(database, id, shell, memory)).status).toBe('written');
    expect(written).toHaveLength(2);
    const read = await readCaseArchive(new Blob([written[1] as Uint8Array<ArrayBuffer>]));
    expect(read.document.case.title).toBe('Doe v X Corp');
  });
});
