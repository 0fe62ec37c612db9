// Evidence register bench (issue 3), in the browser edition in Debian's Chromium.
// Prints each figure beside its target; targets are not asserted (see README).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { launchBenchBrowser } from '../browser.mjs';
import { hashRows } from './hash-phase.mjs';
import { workingSession } from './session-phase.mjs';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const port = Number(process.env.BENCH_PORT ?? 4180);
const origin = `http://127.0.0.1:${port}`;
const N = Number(process.env.BENCH_ITEMS ?? 100_000);
// BENCH_ONLY=search: registration, then the search and review figures only (a short run while working on search).
const isSearchOnly = process.env.BENCH_ONLY === 'search';
// BENCH_ONLY=hash: the intake hashing figures only, no registration (a short run while working on hashing).
const isHashOnly = process.env.BENCH_ONLY === 'hash';
// BENCH_ONLY=register: registration, then the register's figures in the app only (no search, review or hashing).
const isRegisterOnly = process.env.BENCH_ONLY === 'register';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The largest Chromium renderer process started by this bench (the app's tab,
 * with its workers): only descendants of this Node process count, so other
 * Chromiums on a shared machine do not, nor the processes in `notIn` (tabs
 * open before the one measured).
 */
function rendererProcess(notIn = new Set()) {
  const out = execFileSync('ps', ['-eo', 'pid,ppid,rss,args'], { encoding: 'utf8' });
  const procs = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m) procs.push({ pid: Number(m[1]), ppid: Number(m[2]), kb: Number(m[3]), args: m[4] });
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) grew = ours.add(p.pid) !== undefined;
  }
  let largest = null;
  for (const p of procs) {
    if (ours.has(p.pid) && !notIn.has(p.pid) && p.args.includes('--type=renderer') && (largest === null || p.kb > largest.kb)) largest = p;
  }
  return largest;
}

/** Resident memory of the app's renderer process (RSS), in MB. */
function rendererRssMb() {
  return (rendererProcess()?.kb ?? 0) / 1024;
}

/**
 * The renderer's memory as Linux counts it: private (RssAnon + VmSwap: its own heaps, what Chromium's task
 * manager calls its memory footprint, as Windows' Task Manager shows a private working set and macOS's Activity
 * Monitor a footprint) and file-backed (RssFile: Chromium's code, fonts and data files, mapped from disk and
 * shared with the browser process and every other tab), which resident memory (RSS) adds.
 */
function rendererMemoryMb(notIn) {
  const renderer = rendererProcess(notIn);
  if (renderer === null) return { rss: 0, private: 0, files: 0 };
  const status = readFileSync(`/proc/${renderer.pid}/status`, 'utf8');
  const mb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
  return { rss: renderer.kb / 1024, private: mb('RssAnon') + mb('VmSwap'), files: mb('RssFile') };
}

// The bench page first (it empties out/bench), then the app as shipped beside it.
for (const config of ['bench/vite.bench.config.ts', 'bench/vite.bench-app.config.ts']) {
  execFileSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
}
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'bench/vite.bench.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
const browser = await launchBenchBrowser(['--enable-precise-memory-info']);
const chromiumVersion = browser.version;
const rows = [];
const row = (what, value, target) => rows.push({ what, value, target });
try {
  await new Promise((r) => setTimeout(r, 2500));
  let page = await browser.context.newPage();
  await page.goto(`${origin}/bench/evidence/index.html`);
  await page.waitForSelector('body[data-ready="true"]');

  let reg;
  if (!isHashOnly) {
    reg = await page.evaluate((n) => window.expedienteBench.registerItems(n), N);
    row(`register ${N.toLocaleString('en')} items (one bulk transaction, audit chain included)`, `${(reg.ms / 1000).toFixed(2)} s`, '< 10 s');

    if (!isSearchOnly) {
      // When the first rows are painted, noted by the page itself: Playwright's own wait polls, and its answer
      // arrives 100–200 ms after the rows do. A MutationObserver sees the row enter the document; a message
      // posted from the next animation frame runs once that frame (with the rows) has been painted.
      await page.addInitScript(() => {
        // Resolves when the register's first rows are in the document and the frame after them is painted.
        window.__watchFirstRows = () => new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[role="row"][aria-rowindex="2"]')) return;
            observer.disconnect();
            const inDocument = performance.now();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ inDocument, painted: performance.now() });
              channel.port2.postMessage(null);
            });
          });
          observer.observe(document, { childList: true, subtree: true });
        });
        void window.__watchFirstRows().then((times) => { window.__firstRows = times; });
      });
      const opens = [];
      for (let i = 0; i < 3; i += 1) {
        await page.goto('about:blank'); // a real page load each time, not a same-document hash change
        await page.goto(`${origin}/renderer/index.html#/cases/${reg.caseId}/evidence`);
        await page.waitForFunction(() => window.__firstRows !== undefined, null, { timeout: 120_000 });
        opens.push(await page.evaluate(() => window.__firstRows));
      }
      // As a paralegal opens it in the running app: from the case list, a click on the case.
      const inApp = [];
      for (let i = 0; i < 5; i += 1) {
        await page.evaluate(() => { location.hash = '#/'; });
        const link = page.getByRole('link', { name: `Bench ${N}` });
        await link.waitFor();
        inApp.push(await page.evaluate(async (title) => {
          const target = [...document.querySelectorAll('a')].find((a) => a.textContent === title);
          const firstRows = window.__watchFirstRows();
          const t0 = performance.now();
          target.click();
          return { t0, ms: (await firstRows).painted - t0 };
        }, `Bench ${N}`));
      }
      row(`open the register with ${N.toLocaleString('en')} items from the case list: click → first rows painted (median of 5)`, `${median(inApp.map((o) => o.ms)).toFixed(0)} ms`, '< 500 ms');
      row('  … each open', inApp.map((o) => o.ms.toFixed(0)).join(', ') + ' ms', '—');
      row(`  … with the app's start: page load → first rows painted (median of 3)`, `${median(opens.map((o) => o.painted)).toFixed(0)} ms`, '< 500 ms');
      row('  … each load: rows in the document / painted', opens.map((o) => `${o.inDocument.toFixed(0)}/${o.painted.toFixed(0)}`).join(', ') + ' ms', '—');
      // Sorting and memory are measured on the whole register, once every row is read.
      await page.getByText(`${N.toLocaleString('en')} items`).waitFor({ timeout: 120_000 });
      const complete = await page.evaluate((t0) => performance.now() - t0, inApp.at(-1).t0);
      row(`  … whole register read, from the last click (in pages, page stays responsive)`, `${complete.toFixed(0)} ms`, '—');

      const sorts = [];
      for (const column of ['Title', 'Title', 'Captured', 'Platform', 'Exhibit']) {
        sorts.push(
          await page.evaluate(async (name) => {
            const firstRow = () => document.querySelector('[role="row"][aria-rowindex="2"]')?.textContent ?? '';
            const header = [...document.querySelectorAll('[role="columnheader"] button')].find((b) => b.textContent?.trim().startsWith(name));
            const before = firstRow();
            const t0 = performance.now();
            header.click();
            while (firstRow() === before && performance.now() - t0 < 10_000) await new Promise((r) => requestAnimationFrame(r));
            await new Promise((r) => requestAnimationFrame(r));
            return performance.now() - t0;
          }, column),
        );
      }
      row('sort by a column, click → rows redrawn (median of 5)', `${median(sorts).toFixed(0)} ms`, '< 300 ms');

      // Coding one item while the whole register is open (the write made in another window, as a colleague's
      // would be; the app's own writes reach the register the same way, through Dexie's change events): from the
      // write's commit to the frame that shows the row changed, on the clock the browser's pages share.
      const coder = await browser.context.newPage();
      await coder.goto(`${origin}/bench/evidence/index.html`);
      await coder.waitForSelector('body[data-ready="true"]');
      await page.bringToFront(); // the register's tab in front, as the user's would be: a hidden tab paints nothing
      const firstRowText = () => page.evaluate(() => document.querySelector('[role="row"][aria-rowindex="2"]')?.textContent ?? '');
      const exhibitNo = (await firstRowText()).match(/E-\d{4,}/)?.[0];
      if (!exhibitNo) throw new Error(`no exhibit number in the first row: ${await firstRowText()}`);
      const codings = [];
      for (let i = 0; i < 6; i += 1) {
        const isAdding = i % 2 === 0;
        // The row must start in the other state, or the wait below would end at once and time nothing.
        if ((await firstRowText()).includes('Needs second look') === isAdding) throw new Error(`the first row is already ${isAdding ? '' : 'un'}tagged`);
        const shown = page.evaluate((wanted) => new Promise((resolve) => {
          const row = () => document.querySelector('[role="row"][aria-rowindex="2"]')?.textContent ?? '';
          const tick = () => {
            if (row().includes('Needs second look') === wanted) requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            else requestAnimationFrame(tick);
          };
          tick();
        }), isAdding);
        const { committed, writeMs } = await coder.evaluate(([id, no, adding]) => window.expedienteBench.codeOne(id, no, 'Needs second look', adding), [reg.caseId, exhibitNo, isAdding]);
        codings.push({ ms: (await shown) - committed, writeMs });
      }
      await coder.close();
      row(`tag or untag one item with the ${N.toLocaleString('en')}-item register open: write committed → row redrawn (median of 6)`, `${median(codings.map((c) => c.ms)).toFixed(0)} ms`, '—');
      row('  … each: the register / the write itself (the other window\'s coding action)', codings.map((c) => `${c.ms.toFixed(0)}/${c.writeMs.toFixed(0)}`).join(', ') + ' ms', '—');

      // Memory as a user has it: the app started anew (Chromium quit and started again on the same profile), the
      // case opened, read once the register is loaded and the search worker's index built (the process stops
      // growing), nothing collected by force. The loads and sorts above left garbage that goes with that browser.
      // (Incognito cannot restart: a new tab then, which may share the old tab's process and its garbage.)
      const earlier = new Set();
      if (browser.restart) await browser.restart();
      else for (let p = rendererProcess(); p !== null; p = rendererProcess(earlier)) earlier.add(p.pid);
      const fresh = await browser.context.newPage();
      if (!browser.restart) await page.close();
      page = fresh;
      await page.goto(`${origin}/renderer/index.html#/cases/${reg.caseId}/evidence`);
      await page.getByText(`${N.toLocaleString('en')} items`).waitFor({ timeout: 120_000 });
      let settled = rendererMemoryMb(earlier);
      for (let steady = 0, waited = 0; steady < 4 && waited < 30_000; waited += 500) {
        await page.waitForTimeout(500);
        const now = rendererMemoryMb(earlier);
        steady = Math.abs(now.rss - settled.rss) < 2 ? steady + 1 : 0;
        settled = now;
      }
      const memoryRows = (when, { rss, private: own, files }) => {
        row(`  … renderer process ${when}, search worker included: its own memory (what task managers show)`, `${own.toFixed(0)} MB`, '< 400 MB');
        row(`      resident (RSS): that and ${files.toFixed(0)} MB of Chromium's files, shared with every other process`, `${rss.toFixed(0)} MB`, '< 400 MB');
      };
      row(`renderer memory with ${N.toLocaleString('en')} items loaded (the app started anew, the case opened):`, '', '—');
      memoryRows('once loaded and indexed', settled);
      // V8 gives back the young generation and what the load left behind once the page has been idle a while
      // (its memory reducer): about 30 s here.
      await page.waitForTimeout(40_000);
      memoryRows('after 40 s idle', rendererMemoryMb(earlier));
      const session = await workingSession({
        page, caseId: reg.caseId, sample: () => rendererMemoryMb(earlier),
        openCoder: async () => {
          const coder = await browser.context.newPage();
          await coder.goto(`${origin}/bench/evidence/index.html`);
          await coder.waitForSelector('body[data-ready="true"]');
          return coder;
        },
      });
      row('  … then a working session (5 sorts, 5 searches, 10 tags from another window): highest own memory; RSS', `${session.peak.private.toFixed(0)}; ${session.peak.rss.toFixed(0)} MB`, '< 400 MB');
      row('      at its end: own memory; RSS', `${session.end.private.toFixed(0)}; ${session.end.rss.toFixed(0)} MB`, '< 400 MB');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      row("  … the page's JS heap in use (after a collection; the search worker's heap is apart)", `${(heap / 1048576).toFixed(0)} MB`, '< 400 MB');
    }

  }

  if (!isHashOnly && !isRegisterOnly) {
    await page.goto(`${origin}/bench/evidence/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    // The index's memory: JS heap retained by a main-thread build, measured on a collected heap before and after.
    const heapCdp = await page.context().newCDPSession(page);
    const usedHeap = async () => {
      await heapCdp.send('HeapProfiler.collectGarbage');
      await heapCdp.send('Performance.enable');
      const { metrics } = await heapCdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    const heapBefore = await usedHeap();
    const mainBuild = await page.evaluate((id) => window.expedienteBench.buildMainIndex(id), reg.caseId);
    const indexHeapMb = ((await usedHeap()) - heapBefore) / 1048576;
    const review = await page.evaluate((id) => window.expedienteBench.review(id), reg.caseId);
    row(`search index built from scratch, ${N.toLocaleString('en')} items (the worker reads the case from IndexedDB and indexes it)`, `${(review.buildWorkerMs / 1000).toFixed(2)} s`, '< 10 s');
    row('  … of which indexing, as the pages are read (by short-lived workers, 20,000 items each, handed over frozen)', `${(review.buildWorkerIndexMs / 1000).toFixed(2)} s`, '—');
    row('  … same build on the main thread; JS heap the index retains (after GC)', `${(mainBuild.ms / 1000).toFixed(2)} s; ${indexHeapMb.toFixed(0)} MB`, 'stated');
    row('    … and what it holds outside the JS heap: typed arrays; text (UTF-8)', `${mainBuild.arrayMb.toFixed(0)} MB; ${mainBuild.textMb.toFixed(0)} MB`, 'stated');
    row('full-text query, round trip to the worker (median of 24, 8 queries)', `${median(review.queryMs).toFixed(1)} ms`, '< 50 ms');
    row('  … case-wide query (best 5 of each kind with snippets; median of 24)', `${median(review.caseQueryMs).toFixed(1)} ms`, '< 50 ms');
    for (const [q, ms] of Object.entries(review.localQueryMs)) row(`    query ${q}, in the index itself`, `${ms.toFixed(1)} ms`, '');
    row('apply a tag filter (+ platform) to 100,000 items (median of 5)', `${median(review.filterMs).toFixed(1)} ms`, '< 100 ms');
    row(`bulk-tag ${review.bulkCount.toLocaleString('en')} items (one transaction, one audit entry each)`, `${(review.bulkMs / 1000).toFixed(2)} s`, '< 3 s');
    // Last, as it adds items to the case.
    const lookups = await page.evaluate((id) => window.expedienteBench.lookups(id), reg.caseId);
    row(`in the ${N.toLocaleString('en')}-item case: read one item by id; its custody (what selecting it reads; medians of 16)`, `${lookups.itemMs.toFixed(1)}; ${lookups.custodyMs.toFixed(1)} ms`, '—');
    row('  … register one more item (median of 15)', `${lookups.registerMs.toFixed(1)} ms`, '—');
  }

  if (!isSearchOnly && !isRegisterOnly) {
    // A fresh page: what the earlier phases left (a 100,000-item index let go, a register's pages) would be
    // collected in the middle of the hashing and show up as a pause that is not the hashing's.
    if (!isHashOnly) {
      await page.goto(`${origin}/bench/evidence/index.html`);
      await page.waitForSelector('body[data-ready="true"]');
    }
    await hashRows(page, row, rendererRssMb);
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nEvidence register bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion}, IndexedDB ${browser.storage}`);
for (const r of rows) console.log(`  ${r.what.padEnd(88)} ${String(r.value).padStart(16)}   target ${r.target}`);
