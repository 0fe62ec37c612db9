import { emptyCaseInput } from '@shared/domain/case-input';
import { db } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence, type RegisterRequest } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { hashInWorker } from '../../renderer/src/features/evidence/intake/hash-client';
import type { FloorPart } from './hash-floor-worker';
import { codingPhases, registrationPhases } from './phases';
import { applyFilter } from '@shared/review/filter';
import { toRegisterRow } from '@shared/review/register-row';
import { EvidenceIndex } from '@shared/search/evidence-index';
import { feedEvidence } from '../../renderer/src/features/search/evidence-feed';
import { applyCoding } from '../../renderer/src/features/review/data/coding-commands';
import { onSearchIndexed, openCaseSearch, searchCase, searchEvidence } from '../../renderer/src/features/search/search-client';
import { evidenceOfCase, findEvidenceByExhibitNo, getEvidence } from '../../renderer/src/db/evidence-store';
import { auditEntriesAbout } from '../../renderer/src/db/audit-log';
import { prepareSha256 } from '@shared/audit/sha256';

const platforms = ['X', 'TikTok', 'Instagram', 'Telegram', 'Meta/Facebook'];
// Varied, repeatable text (a seeded generator), so queries match realistic shares of the register.
const vocabulary = (
  'imagen video captura mensaje perfil cuenta denuncia plataforma menor víctima niño niña escuela instituto ' +
  'deepfake sexual desnudo montaje bot grok inteligencia artificial publicación comentario respuesta grupo canal ' +
  'compartido reenviado viral etiqueta hashtag moderación retirada aviso notificación informe transparencia ' +
  'fiscalía policía juzgado orden bloqueo acoso amenaza extorsión chantaje difusión datos consentimiento ' +
  'screenshot post reply thread story reel live stream upload link download archive notice takedown report'
).split(' ');
function words(seed: number, count: number): string {
  let x = Math.imul(seed, 2654435761) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(vocabulary[(x >>> 8) % vocabulary.length]!);
  }
  return out.join(' ');
}

function fields(n: number): EvidenceFields {
  return {
    title: `${words(n, 4)} ${n}`, kind: 'post', platform: platforms[n % platforms.length]!,
    sourceUrl: `https://x.com/account${n % 977}/status/${1_800_000_000_000_000_000n + BigInt(n)}`,
    platformContentId: String(1_800_000_000_000_000_000n + BigInt(n)), account: `@account${n % 977}`,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 45_000).toISOString(),
    capturedAt: new Date(Date.UTC(2025, 0, 2) + n * 60_000).toISOString(), captureTimeZone: 'Europe/Madrid',
    capturedBy: 'Paralegal team', captureMethod: 'Browser capture with hash', description: words(n + 7, 18),
    sensitivity: n % 50 === 0 ? 'restricted' : 'normal', externalReference: '', notes: '',
  };
}

let local: EvidenceIndex | null = null;

function pickedFile(): File {
  const file = document.querySelector<HTMLInputElement>('#bench-file')?.files?.[0];
  if (!file) throw new Error('no file in #bench-file: the bench sets it with setInputFiles');
  return file;
}

const bench = {
  /** Creates a case and registers n items through the app's bulk registration (one transaction). */
  async registerItems(n: number): Promise<{ caseId: string; ms: number }> {
    const { id } = await caseCommands(db).create({ ...emptyCaseInput, title: `Bench ${n}` }, 'en');
    const requests: RegisterRequest[] = Array.from({ length: n }, (_, i) => ({ fields: fields(i + 1), file: null }));
    const t0 = performance.now();
    await registerEvidence(db, id, requests);
    return { caseId: id, ms: performance.now() - t0 };
  },

  async phases(n: number) {
    const { id } = await caseCommands(db).create({ ...emptyCaseInput, title: `Phases ${n}` }, 'en');
    return registrationPhases(id, n, fields);
  },

  /** Where a bulk coding action's time goes, on the first `count` items of a registered case (tags them with "Needs second look"). */
  async codingPhases(caseId: string, count: number) {
    const items = (await evidenceOfCase(db, caseId)).slice(0, count);
    const tag = (await db.tags.where('caseId').equals(caseId).filter((t) => t.name === 'Needs second look').first())!;
    return codingPhases(caseId, items.map((e) => e.id), tag.id);
  },

  /**
   * Tags (or untags) one item, found by exhibit number, as a coding action in
   * another window would. `committed`: when the write's transaction ended, on
   * the clock all the browser's pages share (timeOrigin + now), so the
   * register's page can say how long its row took to show the change.
   */
  async codeOne(caseId: string, exhibitNo: string, tagName: string, isAdding: boolean): Promise<{ committed: number; writeMs: number }> {
    const item = await findEvidenceByExhibitNo(db, caseId, exhibitNo);
    const tag = await db.tags.where('caseId').equals(caseId).filter((t) => t.name === tagName).first();
    if (!item || !tag) throw new Error(`no ${exhibitNo} or no tag ${tagName} in the case`);
    const t0 = performance.now();
    await applyCoding(db, caseId, [item.id], isAdding ? { addTagIds: [tag.id] } : { removeTagIds: [tag.id] });
    const committed = performance.now();
    return { committed: performance.timeOrigin + committed, writeMs: committed - t0 };
  },

  /**
   * What selecting an item reads in a large case (its record and its custody,
   * both through the case's directories), and registering one more item (the
   * exhibit-number check reads the evidence directory). Medians.
   */
  async lookups(caseId: string) {
    const ids = (await evidenceOfCase(db, caseId)).filter((_, n) => n % 6_661 === 0).map((e) => e.id);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const itemMs: number[] = [];
    const custodyMs: number[] = [];
    for (const id of ids) {
      let t0 = performance.now();
      await getEvidence(db, id, caseId);
      itemMs.push(performance.now() - t0);
      t0 = performance.now();
      await auditEntriesAbout(db, caseId, id);
      custodyMs.push(performance.now() - t0);
    }
    const registerMs: number[] = [];
    for (let n = 0; n < 15; n += 1) {
      const t0 = performance.now();
      await registerEvidence(db, caseId, [{ fields: fields(900_000 + n), file: null }]);
      registerMs.push(performance.now() - t0);
    }
    return { itemMs: median(itemMs), custodyMs: median(custodyMs), registerMs: median(registerMs) };
  },

  /**
   * Builds the evidence index on the main thread as the search worker does (the same feed: the case read in
   * steps, then indexed) and keeps it, so the bench can weigh it on a collected heap. `ms`: the indexing alone.
   */
  async buildMainIndex(caseId: string): Promise<{ ms: number; arrayMb: number; textMb: number }> {
    local = new EvidenceIndex();
    const index = local;
    return new Promise((resolve, reject) => {
      const stop = feedEvidence(db, caseId, index, (report) => {
        stop();
        if (report.error) reject(report.error);
        else resolve({ ms: report.indexMs, arrayMb: index.baseFootprint.arrayBytes / 1048576, textMb: index.baseFootprint.textBytes / 1048576 });
      });
    });
  },

  /** Search, filter and bulk-coding figures over a registered case (issue 4); after buildMainIndex. */
  async review(caseId: string) {
    const items = await evidenceOfCase(db, caseId);
    let t0 = performance.now();
    // The worker reads the case from IndexedDB itself and indexes it: the rebuild when a case opens.
    t0 = performance.now();
    const built = await new Promise<{ readMs: number | null; indexMs: number }>((resolve) => {
      const off = onSearchIndexed((r) => {
        if (r.caseId === caseId && r.kind === 'evidence') {
          off();
          resolve(r);
        }
      });
      openCaseSearch(caseId);
    });
    const buildWorkerMs = performance.now() - t0;
    const queries = ['deepfake', 'nino', 'account97', 'grok menor', '"deepfake sexual"', 'fiscal', 'notice takedown 4711', 'victima escuela'];
    const queryMs: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const q of queries) {
        t0 = performance.now();
        await searchEvidence(caseId, q);
        queryMs.push(performance.now() - t0);
      }
    }
    const caseQueryMs: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const q of queries) {
        t0 = performance.now();
        await searchCase(caseId, q, 5);
        caseQueryMs.push(performance.now() - t0);
      }
    }
    const localQueryMs: Record<string, number> = {};
    for (const q of queries) {
      t0 = performance.now();
      const hits = local!.query(q);
      localQueryMs[`${q} (${hits.length} hits)`] = performance.now() - t0;
    }
    const hot = (await db.tags.where('caseId').equals(caseId).filter((t) => t.name === 'Hot').first())!;
    t0 = performance.now();
    const undo = await applyCoding(db, caseId, items.slice(0, 10_000).map((e) => e.id), { addTagIds: [hot.id] });
    const bulkMs = performance.now() - t0;
    const tagged = (await evidenceOfCase(db, caseId)).map(toRegisterRow);
    const filterMs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      t0 = performance.now();
      applyFilter(tagged, { tags: { mode: i % 2 ? 'none' : 'any', tagIds: [hot.id] }, platforms: ['X', 'TikTok'] });
      filterMs.push(performance.now() - t0);
    }
    local = null;
    return { localQueryMs, buildWorkerMs, buildWorkerIndexMs: built.indexMs, caseQueryMs, queryMs, bulkMs, bulkCount: undo.before.length, filterMs };
  },

  /**
   * SHA-256 of the file in the page's file input (set by the bench with
   * Playwright's setInputFiles, so Chromium reads it from disk as it does a
   * user's pick or drop) in the app's hashing worker. A timer ticking every
   * 16 ms on the page meanwhile gives the longest stall the page saw.
   */
  async hashPicked(): Promise<{ ms: number; sha256: string; progressEvents: number; longestStallMs: number }> {
    const file = pickedFile();
    let progressEvents = 0;
    let last = performance.now();
    let longestStallMs = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStallMs = Math.max(longestStallMs, now - last);
      last = now;
    }, 16);
    const t0 = performance.now();
    const { sha256 } = await hashInWorker(file, () => (progressEvents += 1));
    const ms = performance.now() - t0;
    clearInterval(ticker);
    return { ms, sha256, progressEvents, longestStallMs };
  },

  /** Reading alone or hashing alone, over the picked file's size (see hash-floor-worker.ts). */
  hashFloor(part: FloorPart): Promise<{ ms: number; bytes: number }> {
    const worker = new Worker(new URL('./hash-floor-worker.ts', import.meta.url), { type: 'module', name: 'bench-hash-floor' });
    return new Promise((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<{ ms: number; bytes: number }>) => {
        worker.terminate();
        resolve(event.data);
      });
      worker.postMessage({ blob: pickedFile(), part });
    });
  },
};

declare global {
  interface Window {
    expedienteBench?: typeof bench;
  }
}
// As the app does at start (renderer/src/main.tsx): the audit chain's SHA-256 in WebAssembly.
await prepareSha256();
window.expedienteBench = bench;
document.body.dataset['ready'] = 'true';
