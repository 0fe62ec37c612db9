import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ArchiveError } from '@shared/archive/archive-error';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { ImportTargetChoice } from './ImportTargetChoice';
import { MergePreviewStep } from './merge/MergePreviewStep';
import { useArchiveImport, type ImportState } from './use-archive-import';
import './merge/merge-preview.css';

const mb = (bytes: number) => (bytes / 1048576).toFixed(2);

/** Import a case archive as a new case, or merge it into one: nothing is written until everything in it is verified. */
export function ImportArchiveDialog() {
  const { t } = useTranslation();
  const isOpen = useUiStore((s) => s.isImportingArchive);
  const setOpen = useUiStore((s) => s.setImportingArchive);
  return (
    <Dialog title={t('archive.import.title')} isOpen={isOpen} onClose={() => setOpen(false)}>
      {isOpen && <ImportFlow onClose={() => setOpen(false)} />}
    </Dialog>
  );
}

function ImportFlow({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const [, navigate] = useLocation();
  const { state, target, setTarget, choose, openHeld, attempt, confirm, reset } = useArchiveImport();
  const pending = useUiStore((s) => s.pendingArchive);
  const setPending = useUiStore((s) => s.setPendingArchive);

  // An archive chosen elsewhere (a backup to restore) is checked and imported straight away.
  useEffect(() => {
    if (!pending) return;
    setPending(null);
    void openHeld(pending);
  }, [pending, setPending, openHeld]);

  useEffect(() => {
    if (state.step !== 'imported') return;
    announce(t('archive.import.imported', { title: state.outcome.title, exhibits: state.outcome.exhibits, files: state.outcome.files }));
    onClose();
    navigate(`/cases/${state.outcome.caseId}/evidence`);
  }, [state, announce, t, onClose, navigate]);

  useEffect(() => {
    if (state.step !== 'merged') return;
    const { counts, case: theCase } = state.plan;
    announce(t('archive.merge.merged', { title: theCase.title, added: counts.added, updated: counts.updated, kept: counts.keptOurs, left: counts.leftOut }));
    onClose();
    navigate(`/cases/${state.caseId}/evidence`);
  }, [state, announce, t, onClose, navigate]);

  return (
    <div className="archive-import">
      {state.step === 'choose' && (
        <>
          <p>{t('archive.import.choose')}</p>
          <ImportTargetChoice value={target} onChange={setTarget} />
          {state.problem && <p role="alert" className="field__error">{t(`archive.import.${state.problem === 'too-large' ? 'tooLarge' : 'unreadable'}`, { size: mb(state.size ?? 0) })}</p>}
          <div className="dialog__actions">
            <button type="button" onClick={onClose}>{t('archive.import.close')}</button>
            <button type="button" className="button--primary" onClick={() => void choose()}>{t('archive.import.chooseFile')}</button>
          </div>
        </>
      )}
      {state.step === 'verifying' && <Verifying state={state} />}
      {state.step === 'passphrase' && <PassphraseStep state={state} onSubmit={(p) => void attempt(state.file, p)} onCancel={onClose} />}
      {state.step === 'preview' && (
        <MergePreviewStep review={state.review} isWriting={state.isWriting} failure={state.failure} onConfirm={(choices) => void confirm(state.review, choices)} onCancel={onClose} />
      )}
      {state.step === 'refused' && <Refused error={state.error} fileName={state.file.name} onRetry={reset} onClose={onClose} />}
    </div>
  );
}

function Verifying({ state }: { state: Extract<ImportState, { step: 'verifying' }> }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="archive-import__file">{t('archive.import.file', { name: state.file.name, size: mb(state.file.source.size) })}</p>
      <div className="archive-import__progress">
        <progress max={state.total} value={state.done} aria-label={t('archive.import.progress')} />
        <span aria-live="polite">{t(state.phase === 'hash' ? 'archive.import.hashing' : 'archive.import.verifying')}</span>
      </div>
    </>
  );
}

function PassphraseStep({ state, onSubmit, onCancel }: { state: Extract<ImportState, { step: 'passphrase' }>; onSubmit(p: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (passphrase) onSubmit(passphrase); }}>
      <p className="archive-import__file">{t('archive.import.file', { name: state.file.name, size: mb(state.file.source.size) })}</p>
      <p>{t('archive.import.encrypted')}</p>
      <TextField label={t('archive.import.passphrase')} type="password" autoComplete="off" autoFocus value={passphrase}
        error={state.error ? t(`archive.errors.${state.error.code}`) : undefined} onChange={(e) => setPassphrase(e.target.value)} />
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>{t('caseForm.cancel')}</button>
        <button type="submit" className="button--primary" disabled={!passphrase}>{t('archive.import.submit')}</button>
      </div>
    </form>
  );
}

function Refused({ error, fileName, onRetry, onClose }: { error: ArchiveError; fileName: string; onRetry(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="archive-import__file">{fileName}</p>
      <div role="alert" className="archive-import__refused">
        <p><strong>{t('archive.import.refusedTitle')}</strong></p>
        <p>{t(`archive.errors.${error.code}`)}</p>
        <p className="mono archive-import__detail">{t('archive.import.detail', { message: error.message })}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>{t('archive.import.close')}</button>
        <button type="button" className="button--primary" onClick={onRetry}>{t('archive.import.chooseFile')}</button>
      </div>
    </>
  );
}
