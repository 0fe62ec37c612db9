import { useRef, useState } from 'react';
import type { BundleOptions, BundleProgress } from '@shared/bundle/snapshot';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { loadBundleFonts } from './data/fonts';
import { loadCaseSnapshot } from './data/load-snapshot';
import { startBundleBuild, type BuildOutcome, type BundleJob } from './worker/bundle-client';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'building'; progress: BundleProgress | null }
  | { phase: 'built'; outcome: Extract<BuildOutcome, { status: 'built' }> }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** Builds a bundle of the case in a worker, with progress and a cancel that stops the worker. */
export function useBundleExport(caseId: string) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<BundleJob | null>(null);

  const build = async (options: BundleOptions) => {
    setState({ phase: 'building', progress: null });
    const inputs = await withStorageErrors(() => Promise.all([loadCaseSnapshot(db, caseId), loadBundleFonts()]));
    if (!inputs) return setState({ phase: 'failed', message: 'storage' });
    const [snapshot, fonts] = inputs;
    job.current = startBundleBuild(snapshot, options, fonts, (progress) => setState({ phase: 'building', progress }));
    const outcome = await job.current.done;
    job.current = null;
    if (outcome.status === 'built') setState({ phase: 'built', outcome });
    else if (outcome.status === 'cancelled') setState({ phase: 'cancelled' });
    else setState({ phase: 'failed', message: outcome.message });
  };

  return { state, build, cancel: () => job.current?.cancel(), reset: () => setState({ phase: 'idle' }) };
}
