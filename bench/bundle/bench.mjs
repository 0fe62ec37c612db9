// Bundle builder vs qpdf plain merge on the same source PDFs.
//   node bench/bundle/bench.mjs [pages...]      (default: 3000 10000)
// Each measurement is a fresh process under /usr/bin/time -v (wall time, peak RSS); median of 3.
// The bundle side is the command a user runs, `npm run bundle` (scripts/bundle-cli.mjs), with
// its compiled builder already cached, as on every run after the first.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedBuilder } from '../../scripts/bundle-compile.mjs';
import { generate } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  // CPU time as well as wall time: on a shared machine wall time swings with other people's load.
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpu = Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { seconds, cpu, rssMB: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Compiled once here, so no measured run pays for it.
await cachedBuilder();
const CLI = join(HERE, '../../scripts/bundle-cli.mjs');
const rows = [];
for (const pages of sizes.length ? sizes : [3000, 10000]) {
  const files = pages <= 3000 ? 300 : Math.round(pages / 10);
  const dir = join(tmpdir(), `expediente-bench-${pages}-${files}`);
  process.stderr.write(`generating ${files} PDFs / ${pages} pages in ${dir} …\n`);
  await generate(dir, pages, files);
  const order = readFileSync(join(dir, 'order.txt'), 'utf8').split('\n');
  const q = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    q.push(timed('qpdf', ['--keep-files-open=y', '--empty', '--pages', ...order, '--', join(dir, 'qpdf-out.pdf')]));
    const run = timed('node', [CLI, join(dir, 'case.json'), '-o', join(dir, 'bundle-out.pdf'), '--date', '2026-03-01', '--deterministic', '--quiet']);
    // The CLI's own line: "<out>: 3346 pages, 18.3 MB, 1580 ms" (the build, from input read to PDF written).
    const line = /: (\d+) pages, ([\d.]+) MB, (\d+) ms/.exec(run.stderr);
    if (!line) throw new Error(`bundle-cli printed no result line:\n${run.stderr.slice(-2000)}`);
    b.push({ ...run, inner: { pages: Number(line[1]), bytes: Number(line[2]) * 1e6, buildMs: Number(line[3]) } });
  }
  const qpdfPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'qpdf-out.pdf')], { encoding: 'utf8' }))?.[1]);
  rows.push({
    sourcePages: pages, files,
    qpdf: { seconds: median(q.map((r) => r.seconds)), cpu: median(q.map((r) => r.cpu)), rssMB: median(q.map((r) => r.rssMB)), pages: qpdfPages },
    bundle: { seconds: median(b.map((r) => r.seconds)), cpu: median(b.map((r) => r.cpu)), buildSeconds: median(b.map((r) => r.inner.buildMs / 1000)), rssMB: median(b.map((r) => r.rssMB)), pages: b[0].inner.pages, mb: b[0].inner.bytes / 1e6 },
  });
  const last = rows.at(-1);
  process.stderr.write(`${JSON.stringify(last)}\n`);
}

console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}; median of ${RUNS} fresh processes\n`);
console.log('| source pages | files | qpdf merge: wall s / CPU s / MB RSS | bundle process: wall s / CPU s / MB RSS | of which build (s) | bundle pages | MB | ratio wall / CPU |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.sourcePages} | ${r.files} | ${r.qpdf.seconds.toFixed(2)} / ${r.qpdf.cpu.toFixed(2)} / ${r.qpdf.rssMB.toFixed(0)} | ${r.bundle.seconds.toFixed(2)} / ${r.bundle.cpu.toFixed(2)} / ${r.bundle.rssMB.toFixed(0)} | ${r.bundle.buildSeconds.toFixed(2)} | ${r.bundle.pages} | ${r.bundle.mb.toFixed(1)} | ${(r.bundle.seconds / r.qpdf.seconds).toFixed(2)}× / ${(r.bundle.cpu / r.qpdf.cpu).toFixed(2)}× |`);
}
