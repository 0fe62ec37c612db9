#!/usr/bin/env node
// Time and peak memory of the streamed archive path, in Node, with the
// desktop shell's own file handles (electron/main/file-streams.ts) and the
// same batches the renderer sends (only IPC is missing):
//
//   node --expose-gc bench/archive/stream-bench.mjs [totalMB=1024] [files=8]
//
// Attachments are random (incompressible, like media) and read from disk as
// file-backed Blobs (fs.openAsBlob), as the browser reads IndexedDB blobs.
// Reading verifies every hash without keeping the files (keepFiles: false):
// the app stages them in Blobs, which Chromium pages to disk and Node cannot.
import { createHash, randomFillSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const totalMB = Number(process.argv[2] ?? 1024);
const fileCount = Number(process.argv[3] ?? 8);
const MB = 1048576;

async function compile() {
  const { build } = await import('rolldown');
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'node_modules/.cache/expediente-stream-bench-'));
  await build({
    input: { entry: join(ROOT, 'bench/archive/stream-entry.ts') },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: { dir: outDir, format: 'esm', entryFileNames: '[name].mjs' },
    logLevel: 'silent',
  });
  return outDir;
}

const compiled = await compile();
const lib = await import(pathToFileURL(join(compiled, 'entry.mjs')).href);
const dir = mkdtempSync(join(tmpdir(), 'archive-stream-bench-'));

let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const mb = (n) => (n / MB).toFixed(0);
const rows = [];
async function step(label, bytes, run) {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const row = `${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s  ${(bytes / MB / seconds).toFixed(0).padStart(5)} MB/s   peak RSS ${mb(peak).padStart(5)} MB`;
  rows.push(row);
  process.stdout.write(`${row}\n`);
  return result;
}

// Attachments on disk, written and hashed in 16 MB pieces (never whole in memory).
const caseId = '0b9c5a3e-0000-4000-8000-000000000001';
const at = '2026-12-02T09:00:00.000Z';
const evidence = [];
const paths = new Map();
const piece = new Uint8Array(16 * MB);
for (let i = 0; i < fileCount; i += 1) {
  const size = Math.round((totalMB * MB) / fileCount);
  const path = join(dir, `attachment-${i}`);
  const hash = createHash('sha256');
  const out = await open(path, 'w');
  for (let done = 0; done < size; done += piece.length) {
    const part = randomFillSync(piece).subarray(0, Math.min(piece.length, size - done));
    hash.update(part);
    await out.write(part);
  }
  await out.close();
  const sha = hash.digest('hex');
  paths.set(sha, path);
  evidence.push({
    id: `e0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, caseId, exhibitNo: `E-${String(i + 1).padStart(4, '0')}`, title: `Video ${i}`, kind: 'video',
    platform: 'TikTok', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: at, captureTimeZone: 'Europe/Madrid', capturedBy: '', captureMethod: '',
    description: '', sensitivity: 'normal', hashes: { sha256: sha, pdq: null }, attachment: { sha256: sha, name: `v${i}.mp4`, mime: 'video/mp4', size },
    externalReference: '', tagIds: [], reviewStatus: 'unreviewed', notes: '', archivedAt: null,
  });
}
const theCase = { id: caseId, title: 'Bench v Platform', shortName: '', reference: '', court: '', jurisdiction: '', status: 'active', hearingDate: null, summary: '',
  defaultLocale: 'en', exhibitPrefix: 'E-', lastExhibitCounter: fileCount, lastPseudonymNumber: 0, lastFactNumber: 0, createdAt: at, updatedAt: at };
const document = { format: 'expediente-case', formatVersion: '1.0.0', case: theCase, parties: [], evidence, tagGroups: [], tags: [], facts: [], expertReports: [],
  arguments: [], authorities: [], savedViews: [], exportRecords: [], auditEntries: [] };
const readFile = async (sha) => (paths.has(sha) ? openAsBlob(paths.get(sha)) : null);
const total = totalMB * MB;

const streams = new lib.FileStreams({ maxChunkBytes: 16 * MB, maxFileBytes: 80 * 1024 * MB, maxOpenPerOwner: 8 });
const OWNER = 1;

async function save(name, passphrase) {
  const handle = await streams.beginSave(OWNER, join(dir, name));
  const sink = lib.batchingSink({
    write: async (bytes) => { await streams.write(OWNER, handle, bytes); },
    close: async () => { await streams.finish(OWNER, handle); },
    abort: async () => { await streams.abort(OWNER, handle); },
  });
  const through = passphrase ? [await lib.createEncryptingStream(passphrase)] : [];
  await lib.writeCaseArchiveTo(sink, { document, appVersion: 'bench', readFile }, through);
  return join(dir, name);
}

async function openSource(path) {
  const { handle, size } = await streams.openRead(OWNER, path);
  return { handle, source: { size, read: (offset, length) => streams.read(OWNER, handle, offset, length) } };
}

async function verify(path, passphrase) {
  const { handle, source } = await openSource(path);
  const zip = passphrase ? await lib.openDecryptingSource(source, passphrase) : source;
  const verified = await lib.readCaseArchive(zip, { keepFiles: false });
  await zip.authenticateRest?.();
  await streams.closeRead(OWNER, handle);
  return verified;
}

global.gc?.();
process.stdout.write(`${fileCount} files, ${totalMB} MB of attachments; Node ${process.version}; ${(await import('node:os')).cpus().length} cores; RSS before the first step ${mb(process.memoryUsage().rss)} MB\n`);
const plainPath = await step('write archive (streamed to a file)', total, () => save('plain.expediente'));
const sealedPath = await step('write encrypted archive (PBKDF2 600,000)', total, () => save('sealed.expediente', 'bench passphrase'));
await step('read + verify every hash', total, () => verify(plainPath));
await step('decrypt + verify + authenticate every chunk', total, () => verify(sealedPath, 'bench passphrase'));
process.stdout.write(`archive ${mb(statSync(plainPath).size)} MB, encrypted ${mb(statSync(sealedPath).size)} MB\n`);
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });
rmSync(compiled, { recursive: true, force: true });
