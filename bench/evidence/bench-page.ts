import { emptyCaseInput } from '@shared/domain/case-input';
import { db } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence, type RegisterRequest } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { hashInWorker } from '../../renderer/src/features/evidence/intake/hash-client';
import { codingPhases, registrationPhases } from './phases';
import { applyFilter } from '@shared/review/filter';
import { EvidenceIndex, toSearchDoc } from '@shared/search/evidence-index';
import { applyCoding } from '../../renderer/src/features/review/data/coding-commands';
import { onSearchIndexed, openCaseSearch, searchCase, searchEvidence } from '../../renderer/src/features/search/search-client';
import { evidenceOfCase } from '../../renderer/src/db/evidence-store';

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

  /** Builds the evidence index on the main thread and keeps it, so the bench can weigh it on a collected heap. */
  async buildMainIndex(caseId: string): Promise<{ ms: number }> {
    const items = await evidenceOfCase(db, caseId);
    const docs = items.map(toSearchDoc);
    const t0 = performance.now();
    local = new EvidenceIndex();
    local.sync(docs);
    return { ms: performance.now() - t0 };
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
    const tagged = await evidenceOfCase(db, caseId);
    const filterMs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      t0 = performance.now();
      applyFilter(tagged, { tags: { mode: i % 2 ? 'none' : 'any', tagIds: [hot.id] }, platforms: ['X', 'TikTok'] });
      filterMs.push(performance.now() - t0);
    }
    local = null;
    return { localQueryMs, buildWorkerMs, buildWorkerReadMs: built.readMs ?? 0, buildWorkerIndexMs: built.indexMs, caseQueryMs, queryMs, bulkMs, bulkCount: undo.before.length, filterMs };
  },

  /** SHA-256 of an mb-megabyte file in the app's hashing worker; the file is built in memory first. */
  async hash(mb: number): Promise<{ ms: number; sha256: string }> {
    const chunk = new Uint8Array(8 * 1024 * 1024);
    for (let i = 0; i < chunk.length; i += 1) chunk[i] = (i * 31 + 7) & 0xff;
    const parts = Array.from({ length: Math.ceil(mb / 8) }, () => chunk);
    const blob = new Blob(parts).slice(0, mb * 1024 * 1024);
    const t0 = performance.now();
    const { sha256 } = await hashInWorker(blob);
    return { ms: performance.now() - t0, sha256 };
  },
};

declare global {
  interface Window {
    expedienteBench?: typeof bench;
  }
}
window.expedienteBench = bench;
document.body.dataset['ready'] = 'true';
