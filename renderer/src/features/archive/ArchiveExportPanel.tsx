import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveProgress } from '@shared/archive/write-archive';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { useCase } from '../cases/use-cases';
import { ExportProgress } from './ExportProgress';
import { recordArchiveExport } from './data/record-archive-export';
import { shellSaveStream } from './data/shell-streams';
import { streamCaseArchive } from './data/stream-case-archive';
import { PassphraseFields, passphraseProblem, type PassphraseValue } from './PassphraseFields';

type Phase =
  | { name: 'idle' }
  | { name: 'working'; progress: ArchiveProgress }
  | { name: 'saved'; fileName: string; sha256: string; size: number }
  | { name: 'cancelled' }
  | { name: 'failed'; message: string };

const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'case';
// Progress arrives per slice of a file; the screen needs a few updates a second, not thousands.
const PROGRESS_EVERY_MS = 100;

/** Export the whole case as one .expediente archive, streamed to the file as it is built, optionally encrypted; recorded like every export. */
export function ArchiveExportPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const theCase = useCase(caseId);
  const announce = useUiStore((s) => s.announce);
  const [isEncrypting, setEncrypting] = useState(false);
  const [secret, setSecret] = useState<PassphraseValue>({ passphrase: '', confirm: '' });
  const [hasTried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const cancelRef = useRef<AbortController | null>(null);

  const run = async () => {
    setTried(true);
    if (!theCase || (isEncrypting && passphraseProblem(secret))) return;
    const name = `${safeFileName(theCase.shortName || theCase.title)} - ${new Date().toISOString().slice(0, 10)}.expediente`;
    const cancel = new AbortController();
    try {
      const { version } = await shell.getAppInfo();
      const begun = await shell.beginSave({ suggestedName: name, filters: [{ name: 'Expediente case archive', extensions: ['expediente'] }] });
      if (begun.status !== 'ready') return;
      cancelRef.current = cancel;
      let shownAt = 0;
      const show = (progress: ArchiveProgress) => {
        const now = performance.now();
        if (progress.phase === 'files' && now - shownAt < PROGRESS_EVERY_MS) return;
        shownAt = now;
        setPhase({ name: 'working', progress });
      };
      show({ phase: 'files', doneBytes: 0, totalBytes: 0 });
      const file = shellSaveStream(shell, begun.handle);
      const built = await streamCaseArchive(db, caseId, version, file.writable, {
        passphrase: isEncrypting ? secret.passphrase : null, onProgress: show, signal: cancel.signal,
      });
      const saved = await file.saved;
      const recorded = await withStorageErrors(() => recordArchiveExport(db, caseId, {
        fileName: saved.name, sha256: built.sha256, size: built.size, isEncrypted: built.isEncrypted,
        files: built.manifest.files.length, auditHeadHash: built.manifest.audit.headHash,
      }));
      if (!recorded) return setPhase({ name: 'idle' });
      setSecret({ passphrase: '', confirm: '' });
      setTried(false);
      setPhase({ name: 'saved', fileName: saved.name, sha256: built.sha256, size: built.size });
      announce(t('archive.export.announced', { name: saved.name }));
    } catch (error) {
      setPhase(cancel.signal.aborted ? { name: 'cancelled' } : { name: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelRef.current = null;
    }
  };

  const isWorking = phase.name === 'working';
  return (
    <section className="archive" aria-labelledby="archive-export-heading">
      <h3 id="archive-export-heading">{t('archive.export.title')}</h3>
      <p className="archive__body">{t('archive.export.body')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={isEncrypting} disabled={isWorking} onChange={(e) => { setEncrypting(e.target.checked); setTried(false); }} />
        {t('archive.export.encrypt')}
      </label>
      {isEncrypting && <PassphraseFields value={secret} onChange={setSecret} showErrors={hasTried} />}
      <div className="archive__actions">
        <button type="button" className="button--primary" disabled={isWorking} onClick={() => void run()}>
          {t(isWorking ? 'archive.export.working' : 'archive.export.action')}
        </button>
        {phase.name === 'working' && (
          <button type="button" onClick={() => cancelRef.current?.abort(new Error(t('archive.export.cancelled')))}>{t('archive.export.cancel')}</button>
        )}
      </div>
      {phase.name === 'working' && <ExportProgress progress={phase.progress} />}
      {phase.name === 'saved' && (
        <p role="status" className="mono archive__saved">
          {t('archive.export.saved', { name: phase.fileName, size: (phase.size / 1048576).toFixed(2), sha256: phase.sha256 })}
        </p>
      )}
      {phase.name === 'cancelled' && <p role="status">{t('archive.export.cancelled')}</p>}
      {phase.name === 'failed' && <p role="alert" className="field__error">{t('archive.export.failed', { message: phase.message })}</p>}
    </section>
  );
}
