import { emptyCaseInput } from '@shared/domain/case-input';
import { db } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence, type RegisterRequest } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { hashInWorker } from '../../renderer/src/features/evidence/intake/hash-client';
import { registrationPhases } from './phases';

const platforms = ['X', 'TikTok', 'Instagram', 'Telegram', 'Meta/Facebook'];

function fields(n: number): EvidenceFields {
  return {
    title: `Post ${n} reporting a sexual deepfake`, kind: 'post', platform: platforms[n % platforms.length]!,
    sourceUrl: `https://x.com/account${n % 977}/status/${1_800_000_000_000_000_000n + BigInt(n)}`,
    platformContentId: String(1_800_000_000_000_000_000n + BigInt(n)), account: `@account${n % 977}`,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 45_000).toISOString(),
    capturedAt: new Date(Date.UTC(2025, 0, 2) + n * 60_000).toISOString(), captureTimeZone: 'Europe/Madrid',
    capturedBy: 'Paralegal team', captureMethod: 'Browser capture with hash', description: `Captured item number ${n}`,
    sensitivity: n % 50 === 0 ? 'restricted' : 'normal', externalReference: '', notes: '',
  };
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
