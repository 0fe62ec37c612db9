import type { BundleOptions, BundleProgress, BundleReport, CaseSnapshot, FontBytes } from '@shared/bundle/snapshot';
import type { BundleRequest, BundleResponse } from './bundle-protocol';

export type BuildOutcome =
  | { status: 'built'; bytes: Uint8Array; sha256: string; report: BundleReport }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface BundleJob {
  done: Promise<BuildOutcome>;
  cancel(): void;
}

/** Starts a build in a fresh worker (ended when the build ends, so its memory goes with it). */
export function startBundleBuild(snapshot: CaseSnapshot, options: BundleOptions, fonts: FontBytes, onProgress: (p: BundleProgress) => void): BundleJob {
  const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module', name: 'expediente-bundle' });
  const done = new Promise<BuildOutcome>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<BundleResponse>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress(m.progress);
      worker.terminate();
      if (m.type === 'done') resolve({ status: 'built', bytes: m.bytes, sha256: m.sha256, report: m.report });
      else if (m.type === 'cancelled') resolve({ status: 'cancelled' });
      else resolve({ status: 'failed', message: m.message });
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      resolve({ status: 'failed', message: e.message || 'The bundle worker stopped' });
    });
  });
  worker.postMessage({ type: 'build', snapshot, options, fonts } satisfies BundleRequest);
  return { done, cancel: () => worker.postMessage({ type: 'cancel' } satisfies BundleRequest) };
}
