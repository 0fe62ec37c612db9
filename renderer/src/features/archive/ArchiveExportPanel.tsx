import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { useCase } from '../cases/use-cases';
import { buildCaseArchive } from './data/export-case-archive';
import { recordArchiveExport } from './data/record-archive-export';
import { PassphraseFields, passphraseProblem, type PassphraseValue } from './PassphraseFields';

type Phase =
  | { name: 'idle' }
  | { name: 'working'; done: number; total: number; isEncrypting: boolean }
  | { name: 'saved'; fileName: string; sha256: string; size: number }
  | { name: 'failed'; message: string };

const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'case';

/** Export the whole case as one .expediente archive, optionally encrypted; recorded like every export. */
export function ArchiveExportPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const theCase = useCase(caseId);
  const announce = useUiStore((s) => s.announce);
  const [isEncrypting, setEncrypting] = useState(false);
  const [secret, setSecret] = useState<PassphraseValue>({ passphrase: '', confirm: '' });
  const [hasTried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });

  const run = async () => {
    setTried(true);
    if (!theCase || (isEncrypting && passphraseProblem(secret))) return;
    setPhase({ name: 'working', done: 0, total: 1, isEncrypting: false });
    try {
      const { version } = await shell.getAppInfo();
      const built = await buildCaseArchive(db, caseId, version, isEncrypting ? secret.passphrase : null, (p) =>
        setPhase({ name: 'working', done: p.doneBytes, total: Math.max(1, p.totalBytes), isEncrypting: p.phase === 'encrypt' }));
      const bytes = new Uint8Array(await built.blob.arrayBuffer());
      const name = `${safeFileName(theCase.shortName || theCase.title)} - ${new Date().toISOString().slice(0, 10)}.expediente`;
      const result = await shell.saveBytes({ suggestedName: name, bytes, filters: [{ name: 'Expediente case archive', extensions: ['expediente'] }] });
      if (result.status !== 'saved') return setPhase({ name: 'idle' });
      const recorded = await withStorageErrors(() => recordArchiveExport(db, caseId, {
        fileName: result.name, sha256: built.sha256, size: bytes.byteLength, isEncrypted: built.isEncrypted,
        files: built.manifest.files.length, auditHeadHash: built.manifest.audit.headHash,
      }));
      if (!recorded) return setPhase({ name: 'idle' });
      setSecret({ passphrase: '', confirm: '' });
      setTried(false);
      setPhase({ name: 'saved', fileName: result.name, sha256: built.sha256, size: bytes.byteLength });
      announce(t('archive.export.announced', { name: result.name }));
    } catch (error) {
      setPhase({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const isWorking = phase.name === 'working';
  return (
    <section className="archive" aria-labelledby="archive-export-heading">
      <h3 id="archive-export-heading">{t('archive.export.title')}</h3>
      <p className="archive__body">{t('archive.export.body')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={isEncrypting} onChange={(e) => { setEncrypting(e.target.checked); setTried(false); }} />
        {t('archive.export.encrypt')}
      </label>
      {isEncrypting && <PassphraseFields value={secret} onChange={setSecret} showErrors={hasTried} />}
      <div className="archive__actions">
        <button type="button" className="button--primary" disabled={isWorking} onClick={() => void run()}>
          {t(isWorking ? 'archive.export.working' : 'archive.export.action')}
        </button>
        {phase.name === 'working' && (
          <>
            <progress max={phase.total} value={phase.done} aria-label={t('archive.export.progress')} />
            {phase.isEncrypting && <span>{t('archive.export.encrypting')}</span>}
          </>
        )}
      </div>
      {phase.name === 'saved' && (
        <p role="status" className="mono archive__saved">
          {t('archive.export.saved', { name: phase.fileName, size: (phase.size / 1048576).toFixed(2), sha256: phase.sha256 })}
        </p>
      )}
      {phase.name === 'failed' && <p role="alert" className="field__error">{t('archive.export.failed', { message: phase.message })}</p>}
    </section>
  );
}
