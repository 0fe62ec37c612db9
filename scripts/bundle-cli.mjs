#!/usr/bin/env node
// Builds a court bundle with the same builder the app's export worker uses, from
// a case archive (.expediente — verified exactly as the app's import verifies
// it; an encrypted one needs --passphrase-file or EXPEDIENTE_PASSPHRASE), or
// from a case.json snapshot with its files in a sibling files/<sha256> folder.
//
//   node scripts/bundle-cli.mjs case.expediente -o bundle.pdf [--passphrase-file FILE] [--profile internal|filing]
//        [--numbering consecutive|section|bates] [--prefix ABC] [--start 1] [--digits 6]
//        [--sections A,B,D,H] [--date yyyy-mm-dd] [--deterministic] [--legend TEXT] [--prepared-by NAME]
//        [--order number|date] [--include-restricted] [--notes|--no-notes]
//        [--no-object-streams]   (faster save, ~17 % larger file)
//
// The builder is TypeScript in shared/bundle; Node 20 cannot run TypeScript, so
// it is compiled to an ES module with rolldown (already installed with Vite 8)
// and kept until its sources change (scripts/bundle-compile.mjs).
import { createHash } from 'node:crypto';
import { openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { cachedBuilder } from './bundle-compile.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Stream compression for the builder: node:zlib's native deflate (the same zlib
 * format as pdf-lib's pako, 3× faster here and without pako's per-stream buffers).
 */
export const nativeDeflate = (bytes) => deflateSync(bytes);

/** File verification for the builder: node:crypto's SHA-256, synchronous (no event-loop turn per file). */
export const nativeSha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

export function loadFonts() {
  const dir = join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf');
  return { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
}

/**
 * readFile(sha256) over a files/<sha256> folder; null when the file is not there.
 * Read synchronously: the builder never yields while it lays out an exhibit, so
 * an async read advanced only while the builder sat waiting for it (open, stat,
 * read, close: an event-loop round trip each, ~0.7 s idle over 300 exhibits).
 */
export function folderReader(filesDir) {
  return async (sha) => {
    if (!/^[0-9a-f]{64}$/i.test(sha)) return null;
    try {
      return new Uint8Array(readFileSync(join(filesDir, sha.toLowerCase())));
    } catch (e) {
      if (e && e.code === 'ENOENT') return null;
      throw e;
    }
  };
}

/** Reads and verifies an archive (file-backed Blob: the archive is not read into memory at once); returns the snapshot and a reader of its files. */
async function openArchive(path, archiveModule, passphraseFile) {
  const { readCaseArchive, openDecryptingSource, blobSource, isEncryptedArchive, snapshotFromDocument } = archiveModule;
  let source = blobSource(await openAsBlob(path));
  if (isEncryptedArchive(await source.read(0, 16))) {
    const passphrase = passphraseFile ? readFileSync(passphraseFile, 'utf8').replace(/\r?\n$/, '') : process.env.EXPEDIENTE_PASSPHRASE;
    if (!passphrase) throw new Error('the archive is encrypted: give its passphrase with --passphrase-file FILE or EXPEDIENTE_PASSPHRASE');
    // Decrypted by ranges as the zip is read, never as a whole; every chunk authenticated before the bundle is built.
    source = await openDecryptingSource(source, passphrase);
  }
  const verified = await readCaseArchive(source);
  await source.authenticateRest?.();
  const readFile = async (sha) => {
    const file = verified.files.get(sha);
    return file ? new Uint8Array(await file.arrayBuffer()) : null;
  };
  return { snapshot: snapshotFromDocument(verified.document), readFile };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      profile: { type: 'string', default: 'internal' },
      numbering: { type: 'string', default: 'consecutive' },
      prefix: { type: 'string', default: '' },
      start: { type: 'string', default: '1' },
      digits: { type: 'string', default: '6' },
      sections: { type: 'string' },
      date: { type: 'string' },
      deterministic: { type: 'boolean', default: false },
      legend: { type: 'string', default: '' },
      'prepared-by': { type: 'string', default: '' },
      quiet: { type: 'boolean', short: 'q', default: false },
      'no-object-streams': { type: 'boolean', default: false },
      order: { type: 'string', default: 'number' },
      'include-restricted': { type: 'boolean', default: false },
      notes: { type: 'boolean' },
      'no-notes': { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    },
  });
  const input = positionals[0];
  if (!input || !values.output) {
    process.stderr.write('usage: bundle-cli <case.expediente|case.json> -o <bundle.pdf> [--passphrase-file FILE] [--profile internal|filing] [--numbering consecutive|section|bates] [--prefix ABC] [--start 1] [--order number|date] [--include-restricted] [--notes|--no-notes]\n');
    process.exit(2);
  }
  if (!['internal', 'filing'].includes(values.profile)) throw new Error(`--profile must be internal or filing`);
  if (!['consecutive', 'section', 'bates'].includes(values.numbering)) throw new Error(`--numbering must be consecutive, section or bates`);
  if (!['number', 'date'].includes(values.order)) throw new Error(`--order must be number or date`);
  if (values.notes && values['no-notes']) throw new Error('--notes and --no-notes contradict each other');
  const compiled = await cachedBuilder();
  const { buildBundle } = await import(pathToFileURL(compiled).href);
  const isSnapshot = input.endsWith('.json');
  const { snapshot, readFile: readInputFile } = isSnapshot
    ? { snapshot: JSON.parse(readFileSync(input, 'utf8')), readFile: folderReader(join(dirname(resolve(input)), 'files')) }
    // The archive reader (zip, decryption) only for an archive: importing it costs ~0.1 s.
    : await openArchive(input, await import(pathToFileURL(join(dirname(compiled), 'archive.mjs')).href), values['passphrase-file']);
  const started = performance.now();
  const { bytes, report } = await buildBundle({
    snapshot,
    options: {
      profile: values.profile,
      numbering: values.numbering,
      batesPrefix: values.prefix,
      startNumber: Number(values.start),
      batesDigits: Number(values.digits),
      sections: values.sections ? values.sections.split(',').map((s) => s.trim().toUpperCase()) : undefined,
      bundleDate: values.date,
      deterministic: values.deterministic,
      confidentialityLegend: values.legend,
      preparedBy: values['prepared-by'],
      objectStreams: !values['no-object-streams'],
      exhibitOrder: values.order,
      includeRestricted: values['include-restricted'],
      // Privileged notes: by profile (in for internal, out for filing) unless told.
      includeNotes: values.notes ? true : values['no-notes'] ? false : undefined,
    },
    fonts: loadFonts(),
    readFile: readInputFile,
    deflate: nativeDeflate,
    sha256: nativeSha256,
    onProgress: values.quiet ? undefined : (p) => process.stderr.write(`\r[${p.done}/${p.total}] ${p.label}`.padEnd(70).slice(0, 78)),
  });
  writeFileSync(values.output, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  process.stderr.write(`\n${values.output}: ${report.pageCount} pages, ${(bytes.length / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms\nSHA-256 ${sha}\n`);
  for (const w of report.warnings) process.stderr.write(`warning [${w.code}] ${w.message}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    // An ArchiveError's message says exactly what failed ("files/ab12…: SHA-256 does not match the manifest").
    process.stderr.write(`bundle-cli: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
