// One measured bundle build, in its own process so peak RSS is this build's alone.
//   node run-builder.mjs <compiled builder.mjs> <case dir> <out.pdf>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderReader, loadFonts, nativeDeflate, nativeSha256 } from '../../scripts/bundle-cli.mjs';

const [builderPath, dir, out] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { buildBundle } = await import(pathToFileURL(builderPath).href);
const snapshot = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
const t1 = performance.now();
const cpu1 = process.cpuUsage();
const { bytes, report } = await buildBundle({
  snapshot,
  options: { profile: 'internal', numbering: 'consecutive', bundleDate: '2026-03-01', deterministic: true, objectStreams: process.env.BENCH_OBJECT_STREAMS !== '0' },
  fonts: loadFonts(),
  readFile: folderReader(join(dir, 'files')),
  deflate: nativeDeflate,
  sha256: nativeSha256,
});
writeFileSync(out, bytes);
const t2 = performance.now();
const cpu2 = process.cpuUsage(cpu1);
process.stdout.write(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, buildCpuMs: (cpu2.user + cpu2.system) / 1000, importCpuMs: (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000, pages: report.pageCount, warnings: report.warnings.length, bytes: bytes.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
