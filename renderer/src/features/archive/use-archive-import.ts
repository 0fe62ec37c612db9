import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchiveError } from '@shared/archive/archive-error';
import type { MergeChoices } from '@shared/archive/merge/merge-choices';
import type { MergePlan } from '@shared/archive/merge/merge-plan';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { importCaseArchive } from './data/import-case';
import { MergeRefused, writeMerge } from './data/merge-case';
import { openArchiveFile, type ArchiveFile } from './data/open-archive-file';
import { shellReadSource } from './data/shell-streams';
import { previewMerge } from './data/preview-merge';

/** Import as a new case, or merge into one of ours. */
export type ImportTarget = { mode: 'new' } | { mode: 'merge'; caseId: string };
export type MergeReview = Awaited<ReturnType<typeof previewMerge>> & { file: ArchiveFile; opened: Extract<Awaited<ReturnType<typeof openArchiveFile>>, { status: 'verified' }> };

export type ImportState =
  | { step: 'choose'; problem: 'too-large' | 'unreadable' | null; size?: number }
  | { step: 'verifying'; file: ArchiveFile; phase: 'hash' | 'verify'; done: number; total: number }
  | { step: 'passphrase'; file: ArchiveFile; error: ArchiveError | null }
  | { step: 'refused'; file: ArchiveFile; error: ArchiveError }
  | { step: 'imported'; outcome: { caseId: string; title: string; exhibits: number; files: number } }
  | { step: 'preview'; review: MergeReview; isWriting: boolean; failure: string | null }
  | { step: 'merged'; caseId: string; plan: MergePlan };

/** Choose an archive, ask for its passphrase when it is encrypted, verify it, then import it or preview a merge. */
export function useArchiveImport() {
  const [state, setState] = useState<ImportState>({ step: 'choose', problem: null });
  const [target, setTarget] = useState<ImportTarget>({ mode: 'new' });
  // The file the shell holds open for us; closed once it is no longer needed (kept while a passphrase is asked for).
  const openHandle = useRef<string | null>(null);
  const closeFile = useCallback(() => {
    const handle = openHandle.current;
    openHandle.current = null;
    if (handle) void shell.closeRead({ handle }).catch(() => undefined);
  }, []);
  useEffect(() => closeFile, [closeFile]);

  const attempt = async (file: ArchiveFile, passphrase: string | null) => {
    setState({ step: 'verifying', file, phase: 'hash', done: 0, total: 1 });
    let shownAt = 0;
    const next = await withStorageErrors(async (): Promise<ImportState> => {
      const opened = await openArchiveFile(file, passphrase, (p) => {
        // A few updates a second are enough for the bar; thousands would swamp React.
        if (performance.now() - shownAt < 100 && p.doneBytes < p.totalBytes) return;
        shownAt = performance.now();
        setState({ step: 'verifying', file, phase: p.phase, done: p.doneBytes, total: Math.max(1, p.totalBytes) });
      });
      if (opened.status === 'needs-passphrase') return { step: 'passphrase', file, error: null };
      if (opened.status === 'refused') {
        return passphrase && opened.error.code === 'wrong-passphrase' ? { step: 'passphrase', file, error: opened.error } : { step: 'refused', file, error: opened.error };
      }
      const { archive, source } = opened;
      if (target.mode === 'merge') {
        const review = await previewMerge(db, target.caseId, archive);
        return { step: 'preview', review: { ...review, file, opened }, isWriting: false, failure: null };
      }
      const { caseId } = await importCaseArchive(db, archive, source);
      return { step: 'imported', outcome: { caseId, title: archive.document.case.title, exhibits: archive.document.evidence.length, files: archive.files.size } };
    });
    if (next?.step !== 'passphrase') closeFile();
    setState(next ?? { step: 'choose', problem: null });
  };

  const confirm = async (review: MergeReview, choices: MergeChoices) => {
    setState({ step: 'preview', review, isWriting: true, failure: null });
    try {
      const plan = await writeMerge(db, review.ours, review.preview, choices, review.opened.archive, review.opened.source);
      setState({ step: 'merged', caseId: review.preview.caseId, plan });
    } catch (error) {
      const failure = error instanceof MergeRefused && error.reason === 'case-changed' ? 'case-changed' : error instanceof Error ? error.message : String(error);
      setState({ step: 'preview', review, isWriting: false, failure });
    }
  };

  const choose = async () => {
    closeFile();
    let picked: Awaited<ReturnType<typeof shell.openForRead>>;
    try {
      picked = await shell.openForRead({ filters: [{ name: 'Expediente case archive', extensions: ['expediente', 'zip'] }] });
    } catch {
      return setState({ step: 'choose', problem: 'unreadable' });
    }
    if (picked.status === 'too-large') return setState({ step: 'choose', problem: 'too-large', size: picked.size });
    if (picked.status !== 'opened') return;
    await openHeld(picked);
  };

  /** A file the shell already holds open for us (the chosen one, or a backup to restore): ours to close. */
  const openHeld = async (held: { name: string; handle: string; size: number }) => {
    closeFile();
    openHandle.current = held.handle;
    await attempt({ name: held.name, source: shellReadSource(shell, held.handle, held.size) }, null);
  };

  return { state, target, setTarget, choose, openHeld, attempt, confirm, reset: () => { closeFile(); setState({ step: 'choose', problem: null }); } };
}
