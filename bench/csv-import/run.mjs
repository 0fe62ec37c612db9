// CSV import bench (issue 5), in the browser edition in Debian's Chromium.
// Prints each figure beside its target; targets are not asserted (see README).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBenchBrowser } from '../browser.mjs';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const port = Number(process.env.BENCH_CSV_PORT ?? 4181);
const origin = `http://127.0.0.1:${port}`;
const N = Number(process.env.BENCH_CSV_ROWS ?? 50_000);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

execFileSync('npx', ['vite', 'build', '--config', 'bench/csv-import/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'bench/csv-import/vite.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
const browser = await launchBenchBrowser();
// The wizard's CSV, written to disk for the file chooser.
const csvDir = mkdtempSync(join(tmpdir(), 'expediente-csv-bench-'));
const rows = [];
const row = (what, value, target = '') => rows.push({ what, value, target });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const page = await browser.context.newPage();
  await page.goto(`${origin}/bench/csv-import/index.html`);
  await page.waitForSelector('body[data-ready="true"]');

  const run = await page.evaluate((n) => window.expedienteCsvBench.importRows(n), N);
  row(`import ${N.toLocaleString('en')} rows (${(run.bytes / 1048576).toFixed(1)} MB): parse + check + write, in code`, s(run.total), '< 15 s');
  for (const [phase, ms] of Object.entries(run.ms)) row(`  … ${phase}`, s(ms));
  row(`  … stored ${run.stored.toLocaleString('en')} items (${run.rows - run.valid} rows rejected), ${run.audit.toLocaleString('en')} audit entries`, '', '');

  // The same file through the wizard, as a paralegal would: choose, wait for the counts, confirm.
  const caseId = await page.evaluate(() => window.expedienteCsvBench.newCase('CSV bench via the wizard'));
  const csv = Buffer.from(await page.evaluate((n) => window.expedienteCsvBench.csvBase64(n), N), 'base64');
  // A file on disk, chosen by path as a user picks it: handing Playwright the bytes instead sends them over the
  // DevTools protocol as base64 (6 s for 12 MB here), which no user ever waits for.
  const csvPath = join(csvDir, 'bench.csv');
  writeFileSync(csvPath, csv);
  await page.goto(`${origin}/renderer/index.html#/cases/${caseId}/evidence`);
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  const t0 = Date.now();
  await (await chooser).setFiles(csvPath);
  await page.getByRole('status').filter({ hasText: / rows: / }).waitFor({ timeout: 300_000 });
  const checked = Date.now() - t0;
  await page.getByRole('button', { name: 'Continue' }).click();
  const t1 = Date.now();
  await page.getByRole('button', { name: /^Import [\d,]+ items$/ }).click();
  await page.getByText(/items imported: /).waitFor({ timeout: 300_000 });
  const written = Date.now() - t1;
  row(`the same through the wizard: file chosen → preview and counts for every row`, s(checked));
  row(`  … "Import" clicked → result shown (one transaction)`, s(written));
  row(`  … total (excluding the click on Continue)`, s(checked + written), '< 15 s');

  if (process.env.BENCH_CSV_PHASES !== '0') {
    await page.goto(`${origin}/bench/csv-import/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const phases = await page.evaluate((n) => window.expedienteCsvBench.writePhases(n), N);
    row('where the write goes (same items, measured apart):', '', '');
    for (const [phase, ms] of Object.entries(phases)) row(`  … ${phase}`, s(ms));
  }
} finally {
  rmSync(csvDir, { recursive: true, force: true });
  await browser.close();
  server.kill();
}

console.log(`\nCSV import bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const r of rows) console.log(`  ${r.what.padEnd(92)} ${String(r.value).padStart(10)}   ${r.target ? `target ${r.target}` : ''}`);
