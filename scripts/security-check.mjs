#!/usr/bin/env node
/**
 * Security lint of the desktop shell with Electronegativity.
 *
 * The tool always exits 0, so this script reads its CSV report and fails
 * (exit 1) when any finding is above LOW, or when no trustworthy report was
 * produced. It scans the shell sources (electron/), the renderer sources
 * (renderer/src, for eval / window.open / openExternal and the like) and the
 * BUILT page (out/renderer/index.html), because the CSP <meta> tag is added at
 * build time. The bundles in out/main and out/preload are not scanned: they
 * are the same code with comments stripped, so they add no detection but would
 * lose the narrow, explained `eng-disable` notes in the sources.
 *
 * Run after `npx electron-vite build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'node_modules', '@doyensec', 'electronegativity');
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const KNOWN_SEVERITIES = new Set(['INFORMATIONAL', 'LOW', ...BLOCKING]);
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
// Downloads Electron's release list from GitHub: needs the network and changes with the day, not with our code.
// Keeping Electron current is the dependency updater's job.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
// Always reported when package.json is scanned; if it is missing, the report was cut short.
const SENTINEL_CHECK = 'ELECTRON_VERSION_JSON_CHECK';

function fail(message) {
  console.error(`security-check: ${message}`);
  process.exit(1);
}

/** Copies what we scan into one folder, so a single run sees shell, renderer and built page together. */
function stageScanInput(scanDir) {
  const builtPage = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(builtPage)) fail('out/renderer/index.html is missing: run `npx electron-vite build` first (the CSP is checked on the built page)');
  cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
  if (existsSync(join(root, 'renderer', 'src'))) cpSync(join(root, 'renderer', 'src'), join(scanDir, 'renderer', 'src'), { recursive: true });
  cpSync(builtPage, join(scanDir, 'renderer', 'index.html'));
  cpSync(join(root, 'package.json'), join(scanDir, 'package.json'));
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * With -o the tool does not say when it cannot parse a file; it just skips the
 * file's checks. Parse every file with the tool's own parser first, so a file
 * it cannot read fails the check instead of passing unscanned.
 */
function assertToolCanParse(scanDir) {
  const require = createRequire(import.meta.url);
  const { Parser } = require(join(toolDir, 'dist', 'parser', 'parser.js'));
  const parser = new Parser(false, true); // the same settings the tool's runner uses
  const scanned = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm', '.json']);
  const unparsed = [];
  for (const file of listFiles(scanDir).filter((f) => scanned.has(extname(f)))) {
    try {
      parser.parse(file, readFileSync(file));
    } catch (error) {
      unparsed.push(`${relative(scanDir, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (unparsed.length > 0) fail(`Electronegativity cannot parse these files, so they would go unchecked:\n  ${unparsed.join('\n  ')}`);
}

function runTool(scanDir, reportPath) {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
  if (!existsSync(bin)) fail('node_modules/.bin/electronegativity not found: is @doyensec/electronegativity installed?');
  const args = ['-i', scanDir, '-o', reportPath, '-r', '-x', EXCLUDED_CHECKS.join(',')];
  const run = spawnSync(bin, args, { encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' });
  if (run.error || run.status !== 0) {
    fail(`electronegativity did not finish (${run.error?.message ?? `exit ${run.status}`})\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += char;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}

function readFindings(reportPath) {
  if (!existsSync(reportPath)) fail('Electronegativity produced no report');
  const text = readFileSync(reportPath, 'utf8');
  const [headerLine, ...rest] = text.split(/\r?\n/);
  if (headerLine !== CSV_HEADER) fail(`unexpected report header (report damaged or tool changed): ${JSON.stringify(headerLine)}`);
  const findings = parseCsv(rest.join('\n')).map((fields, index) => {
    if (fields.length !== 8) fail(`report record ${index + 1} has ${fields.length} fields, expected 8`);
    const [id, severity, confidence, file, location, , description] = fields;
    if (!KNOWN_SEVERITIES.has(severity)) fail(`report record ${index + 1} has unknown severity ${JSON.stringify(severity)}`);
    return { id, severity, confidence, file, location, description };
  });
  if (!findings.some((f) => f.id === SENTINEL_CHECK)) fail(`the report lacks ${SENTINEL_CHECK}, so it is incomplete`);
  return findings;
}

function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'expediente-security-'));
  const scanDir = join(workDir, 'scan');
  const reportPath = join(workDir, 'report.csv');
  stageScanInput(scanDir);
  assertToolCanParse(scanDir);
  runTool(scanDir, reportPath);
  const findings = readFindings(reportPath);

  const blocking = findings.filter((f) => BLOCKING.has(f.severity));
  for (const f of findings) {
    const mark = BLOCKING.has(f.severity) ? '✗' : '·';
    console.log(`${mark} ${f.severity.padEnd(13)} ${f.id}  ${f.file}:${f.location}  (${f.confidence}) ${f.description}`);
  }
  if (blocking.length > 0) {
    console.error(`\nsecurity-check: ${blocking.length} finding(s) above LOW. Report kept at ${reportPath}`);
    process.exit(1);
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(`\nsecurity-check: passed — ${findings.length} finding(s), none above LOW.`);
}

main();
