import 'fake-indexeddb/auto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/audit/sha256';
import { sha256OfSource } from '@shared/archive/byte-streams';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive } from '@shared/archive/write-archive';
import type { ShellApi } from '@shared/shell-api/api';
import { MAX_STREAM_CHUNK_BYTES, MAX_STREAMED_FILE_BYTES } from '@shared/shell-api/schemas';
import { FileStreams } from '../../electron/main/file-streams';
import { importCaseArchive } from '../../renderer/src/features/archive/data/import-case';
import { importArchiveFile } from '../../renderer/src/features/archive/data/import-archive-file';
import { shellReadSource, shellSaveStream } from '../../renderer/src/features/archive/data/shell-streams';
import { streamCaseArchive } from '../../renderer/src/features/archive/data/stream-case-archive';
import { mapReader, withDatabase } from '../fixtures/archive/archive-db';
import { caseWithFiles } from '../fixtures/archive/case-with-files';
import { streamChannels } from '../fixtures/shell/stream-channels';

type StreamShell = Pick<ShellApi, 'writeChunk' | 'finishSave' | 'abortSave' | 'readChunk'>;

let folder: string;
beforeEach(async () => { folder = await mkdtemp(join(tmpdir(), 'expediente-shell-streams-')); });
afterEach(async () => { await rm(folder, { recursive: true, force: true }); });

/**
 * The renderer's adapters wired to main's FileStreams the way IPC wires them:
 * every argument checked against the channel's schema first. Only the
 * dialogs (a fixed path here) and Electron itself are missing.
 */
function desktopShell() {
  const streams = new FileStreams({ maxChunkBytes: MAX_STREAM_CHUNK_BYTES, maxFileBytes: MAX_STREAMED_FILE_BYTES, maxOpenPerOwner: 8 });
  const owner = 1;
  const calls = { writeChunk: 0 };
  const channels = streamChannels(streams, owner);
  const shell: StreamShell = {
    ...channels,
    writeChunk(args) {
      calls.writeChunk += 1;
      return channels.writeChunk(args);
    },
  };
  return { shell, calls, beginSave: (name: string) => streams.beginSave(owner, join(folder, name)), openRead: (name: string) => streams.openRead(owner, join(folder, name)) };
}

async function seededCase(database: Parameters<typeof importCaseArchive>[0], sizes: number[]) {
  const { document, files } = caseWithFiles(sizes);
  const { blob } = await writeCaseArchive({ document, appVersion: 't', readFile: mapReader(files) });
  const { caseId } = await importCaseArchive(database, await readCaseArchive(blob), { fileName: 'seed.expediente', sha256: '0'.repeat(64) });
  return { caseId, files };
}

describe('export and import through the desktop shell’s file handles', () => {
  it.each([null, 'a long enough passphrase'])('a case streams to a file in 4 MB batches (passphrase: %s), and the file imports back as a new case with every file intact', async (passphrase) => {
    await withDatabase(async (database) => {
      const { caseId, files } = await seededCase(database, [9 * 1024 * 1024, 70_000]);
      const desktop = desktopShell();
      const file = shellSaveStream(desktop.shell, await desktop.beginSave('Doe.expediente'));
      const built = await streamCaseArchive(database, caseId, 't', file.writable, { passphrase, onProgress: () => undefined });
      expect(await file.saved).toEqual({ status: 'saved', name: 'Doe.expediente', size: built.size });
      expect(await readdir(folder)).toEqual(['Doe.expediente']);
      expect(desktop.calls.writeChunk).toBe(Math.ceil(built.size / (4 * 1024 * 1024)));

      const { handle, size } = await desktop.openRead('Doe.expediente');
      expect(size).toBe(built.size);
      const source = shellReadSource(desktop.shell, handle, size);
      expect(await sha256OfSource(source)).toBe(built.sha256);
      // Into another machine's (empty) database, so every file is really stored by this import.
      await withDatabase(async (other) => {
        const outcome = await importArchiveFile(other, { name: 'Doe.expediente', source }, passphrase);
        expect(outcome).toMatchObject({ status: 'imported', files: files.size });
        expect(await other.files.count()).toBe(files.size);
        // Compared by hash: toEqual over megabytes of bytes takes minutes.
        for (const sha of files.keys()) expect(sha256Hex(new Uint8Array(await (await other.files.get(sha))!.blob.arrayBuffer()))).toBe(sha);
      });
    });
  });

  it('cancelling part-way deletes the unfinished file and leaves nothing in the folder', async () => {
    await withDatabase(async (database) => {
      const { caseId } = await seededCase(database, [12 * 1024 * 1024]);
      const desktop = desktopShell();
      const file = shellSaveStream(desktop.shell, await desktop.beginSave('Doe.expediente'));
      const cancel = new AbortController();
      const writing = streamCaseArchive(database, caseId, 't', file.writable, {
        passphrase: null, signal: cancel.signal, onProgress: (p) => { if (p.doneBytes > 5 * 1024 * 1024) cancel.abort(new Error('cancelled')); },
      });
      await expect(writing).rejects.toThrow('cancelled');
      expect(desktop.calls.writeChunk).toBeGreaterThan(0); // some of it had reached the disk
      expect(await readdir(folder)).toEqual([]);
    });
  });

  it('a flipped byte in the saved encrypted file refuses the import and writes nothing', async () => {
    await withDatabase(async (database) => {
      const { caseId } = await seededCase(database, [6 * 1024 * 1024]);
      const desktop = desktopShell();
      const file = shellSaveStream(desktop.shell, await desktop.beginSave('sealed.expediente'));
      await streamCaseArchive(database, caseId, 't', file.writable, { passphrase: 'a long enough passphrase', onProgress: () => undefined });
      await file.saved;
      const path = join(folder, 'sealed.expediente');
      const { open } = await import('node:fs/promises');
      const handle = await open(path, 'r+');
      const at = Math.floor((await stat(path)).size / 2);
      const one = new Uint8Array(1);
      await handle.read(one, 0, 1, at);
      one[0]! ^= 0x01;
      await handle.write(one, 0, 1, at);
      await handle.close();
      const opened = await desktop.openRead('sealed.expediente');
      const before = await database.cases.count();
      const outcome = await importArchiveFile(database, { name: 'sealed.expediente', source: shellReadSource(desktop.shell, opened.handle, opened.size) }, 'a long enough passphrase');
      expect(outcome).toMatchObject({ status: 'refused', error: { code: 'encrypted-corrupt' } });
      expect(await database.cases.count()).toBe(before);
    });
  });
});
