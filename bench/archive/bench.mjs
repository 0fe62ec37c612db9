#!/usr/bin/env node
// Time and memory of writing, encrypting, decrypting and verifying a case
// archive with a few hundred MB of attachments, in Node (the CLI's path).
//
//   node bench/archive/bench.mjs [totalMB=300] [files=30]
//
// Peak RSS is sampled every 50 ms. Node keeps Blobs in memory (except those
// from fs.openAsBlob), so these are upper bounds for the browser, where
// Chromium pages large Blobs to disk.
import { randomBytes, createHash } from 'node:crypto';
import { openAsBlob, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBuilder } from '../../scripts/bundle-compile.mjs';

const totalMB = Number(process.argv[2] ?? 300);
const fileCount = Number(process.argv[3] ?? 30);
const builder = await cachedBuilder();
const archive = await import(pathToFileURL(join(dirname(builder), 'archive.mjs')).href);
const audit = await import(pathToFileURL(join(dirname(builder), 'builder.mjs')).href).catch(() => null);
void audit;

let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const mb = (n) => (n / 1048576).toFixed(0);
async function step(label, run) {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const started = performance.now();
  const result = await run();
  process.stdout.write(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s   peak RSS ${mb(peak).padStart(5)} MB\n`);
  return result;
}

const caseId = '0b9c5a3e-0000-4000-8000-000000000001';
const at = '2026-12-02T09:00:00.000Z';
const files = new Map();
const evidence = [];
for (let i = 0; i < fileCount; i += 1) {
  const bytes = randomBytes(Math.round((totalMB * 1048576) / fileCount));
  const sha = createHash('sha256').update(bytes).digest('hex');
  files.set(sha, bytes);
  evidence.push({
    id: `e0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, caseId, exhibitNo: `E-${String(i + 1).padStart(4, '0')}`, title: `Video ${i}`, kind: 'video',
    platform: 'TikTok', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: at, captureTimeZone: 'Europe/Madrid', capturedBy: '', captureMethod: '',
    description: '', sensitivity: 'normal', hashes: { sha256: sha, pdq: null }, attachment: { sha256: sha, name: `v${i}.mp4`, mime: 'video/mp4', size: bytes.length },
    externalReference: '', tagIds: [], reviewStatus: 'unreviewed', notes: '', archivedAt: null,
  });
}
const theCase = { id: caseId, title: 'Bench v Platform', shortName: '', reference: '', court: '', jurisdiction: '', status: 'active', hearingDate: null, summary: '',
  defaultLocale: 'en', exhibitPrefix: 'E-', lastExhibitCounter: fileCount, lastPseudonymNumber: 0, lastFactNumber: 0, createdAt: at, updatedAt: at };
const document = { format: 'expediente-case', formatVersion: '1.0.0', case: theCase, parties: [], evidence, tagGroups: [], tags: [], facts: [], expertReports: [],
  arguments: [], authorities: [], savedViews: [], exportRecords: [], auditEntries: [] };
process.stdout.write(`${fileCount} files, ${totalMB} MB of attachments (random bytes: incompressible, like media)\n`);

const { blob: zip } = await step('write archive', () => archive.writeCaseArchive({ document, appVersion: 'bench', readFile: async (sha) => new Blob([files.get(sha)]) }));
const sealed = await step('encrypt (600,000-iteration PBKDF2)', () => archive.encryptArchive(zip, 'bench passphrase'));
const dir = mkdtempSync(join(tmpdir(), 'archive-bench-'));
writeFileSync(join(dir, 'a.expediente'), new Uint8Array(await sealed.arrayBuffer()));
files.clear();
const onDisk = await openAsBlob(join(dir, 'a.expediente'));
const opened = await step('decrypt (from disk)', () => archive.decryptArchive(onDisk, 'bench passphrase'));
const verified = await step('read + verify every hash', () => archive.readCaseArchive(opened));
process.stdout.write(`verified ${verified.files.size} files, archive ${mb(zip.size)} MB, encrypted ${mb(sealed.size)} MB\n`);
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });
