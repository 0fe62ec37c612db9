// Intake hashing figures (issue 3): real files on disk, handed to the page
// through a file input as a user's pick or drop would be, hashed by the app's
// worker; plus reading alone and hashing alone, so the floor is visible.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MB = 1024 * 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (mb, ms) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;

/** A file of random bytes (incompressible, no page-cache tricks from repeated content) and its sha256 computed by Node. */
async function writeRandomFile(dir, mb) {
  const path = join(dir, `evidence-${mb}mb.bin`);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mb; i += 8) writeSync(fd, randomBytes(Math.min(8, mb - i) * MB));
  closeSync(fd);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return { path, sha256: hash.digest('hex') };
}

/**
 * Adds the hashing rows. `rssMb` samples the renderer's resident memory (the
 * worker lives in it), polled while the 1 GB file is hashed.
 */
export async function hashRows(page, row, rssMb) {
  const dir = mkdtempSync(join(tmpdir(), 'expediente-hash-bench-'));
  try {
    for (const [mb, runs] of [[200, 3], [1024, 1]]) {
      const file = await writeRandomFile(dir, mb);
      await page.setInputFiles('#bench-file', file.path);
      const totals = [], reads = [], hashes = [], webcrypto = [];
      let stall = 0, progressEvents = 0, peakRss = 0;
      for (let i = 0; i < runs; i += 1) {
        // Interleaved, so the machine's other load falls on all three alike.
        reads.push((await page.evaluate(() => window.expedienteBench.hashFloor('read'))).ms);
        hashes.push((await page.evaluate(() => window.expedienteBench.hashFloor('hash'))).ms);
        // The old whole-file path needs the file in memory: compared on 200 MB only, never on 1 GB.
        if (mb <= 256) webcrypto.push((await page.evaluate(() => window.expedienteBench.hashFloor('webcrypto'))).ms);
        const poll = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 250);
        const result = await page.evaluate(() => window.expedienteBench.hashPicked()).finally(() => clearInterval(poll));
        if (result.sha256 !== file.sha256) throw new Error(`${mb} MB: the worker's SHA-256 ${result.sha256} differs from Node's ${file.sha256}`);
        totals.push(result.ms);
        stall = Math.max(stall, result.longestStallMs);
        progressEvents = result.progressEvents;
      }
      rmSync(file.path);
      const label = mb === 1024 ? '1 GB' : `${mb} MB`;
      const of = runs > 1 ? `, median of ${runs}` : '';
      row(`SHA-256 of a ${label} file from disk (file input), in the app's worker${of}; digest = Node's`, `${rate(mb, median(totals))} (${totals.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`, mb === 200 ? '≥ 200 MB/s' : 'no freeze, no crash');
      row('  … reading alone (same reader, bytes dropped)', `${rate(mb, median(reads))} (${(median(reads) / 1000).toFixed(2)} s)`, '—');
      row('  … hashing alone (hash-wasm, bytes already in memory)', `${rate(mb, median(hashes))} (${(median(hashes) / 1000).toFixed(2)} s)`, '—');
      if (webcrypto.length) row('  … before: whole file read, then one-shot crypto.subtle digest (holds it all in memory)', `${rate(mb, median(webcrypto))} (${(median(webcrypto) / 1000).toFixed(2)} s)`, '—');
      // A 16 ms timer on the page: gaps come from the machine's load too, not only from the app.
      row(`  … longest gap of a 16 ms page timer while hashing; progress messages`, `${stall.toFixed(0)} ms; ${progressEvents}`, 'no freeze');
      if (mb === 1024) row('  … peak renderer RSS while hashing (page + worker)', `${peakRss.toFixed(0)} MB`, '≪ 1 GB');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
