import { useEffect, useRef, useState } from 'react';
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
  /** The build in progress, from the press of Build: Cancel while the case is still being read must count too. */
  const current = useRef<{ cancelled: boolean } | null>(null);

  // Leaving the Export screen mid-build ends the worker instead of letting it finish for nobody.
  useEffect(() => () => {
    if (current.current) current.current.cancelled = true;
    job.current?.cancel();
  }, []);

  const build = async (options: BundleOptions) => {
    const run = { cancelled: false };
    current.current = run;
    setState({ phase: 'building', progress: null });
    const inputs = await withStorageErrors(() => Promise.all([loadCaseSnapshot(db, caseId), loadBundleFonts()]));
    if (run.cancelled) return;
    if (!inputs) return setState({ phase: 'failed', message: 'storage' });
    const [snapshot, fonts] = inputs;
    job.current = startBundleBuild(snapshot, options, fonts, (progress) => setState({ phase: 'building', progress }));
    const outcome = await job.current.done;
    job.current = null;
    if (current.current === run) current.current = null;
    if (outcome.status === 'built') setState({ phase: 'built', outcome });
    else if (outcome.status === 'cancelled') setState({ phase: 'cancelled' });
    else setState({ phase: 'failed', message: outcome.message });
  };

  const cancel = () => {
    if (!current.current) return;
    current.current.cancelled = true;
    current.current = null;
    if (job.current) job.current.cancel();
    else setState({ phase: 'cancelled' });
  };

  return { state, build, cancel, reset: () => setState({ phase: 'idle' }) };
}
