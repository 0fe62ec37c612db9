import type { BundleOptions, BundleProgress, BundleReport, CaseSnapshot, FontBytes } from '@shared/bundle/snapshot';
import type { BundleRequest, BundleResponse } from './bundle-protocol';

export type BuildOutcome =
  | { status: 'built'; bytes: Uint8Array; sha256: string; report: BundleReport }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface BundleJob {
  done: Promise<BuildOutcome>;
  /** Stops the build at once: the worker is ended, whatever phase it is in. */
  cancel(): void;
}

/** Starts a build in a fresh worker (ended when the build ends, so its memory goes with it). */
export function startBundleBuild(snapshot: CaseSnapshot, options: BundleOptions, fonts: FontBytes, onProgress: (p: BundleProgress) => void): BundleJob {
  const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module', name: 'expediente-bundle' });
  let isSettled = false;
  let settle: (outcome: BuildOutcome) => void = () => {};
  const done = new Promise<BuildOutcome>((resolve) => {
    // The first outcome wins; anything the worker sent before it was ended is ignored.
    settle = (outcome) => {
      if (isSettled) return;
      isSettled = true;
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<BundleResponse>) => {
    const m = event.data;
    if (isSettled) return;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'done') settle({ status: 'built', bytes: m.bytes, sha256: m.sha256, report: m.report });
    else settle({ status: 'failed', message: m.message });
  });
  worker.addEventListener('error', (e) => settle({ status: 'failed', message: e.message || 'The bundle worker stopped' }));
  worker.postMessage({ type: 'build', snapshot, options, fonts } satisfies BundleRequest);
  // Ended, not asked: the builder's last phase (stamps, links, outline, save) never
  // yields, so a 'cancel' message would only be read once the bundle was finished.
  return { done, cancel: () => settle({ status: 'cancelled' }) };
}
