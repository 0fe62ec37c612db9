import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shell } from '@platform/shell';
import { chooseCsvFile, MAX_CSV_BYTES, type ChosenCsv, type CsvFile } from './csv-file';

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} MB`;

/** Step 1: pick the file (the shell's file dialog; a file input in the browser edition), then read it piece by piece. */
export function ChooseFileStep({ onChosen }: { onChosen(file: CsvFile, onProgress: (doneBytes: number, totalBytes: number) => void): Promise<void> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const choose = async () => {
    setProblem(null);
    let chosen: ChosenCsv;
    try {
      chosen = await chooseCsvFile(shell);
    } catch {
      return setProblem(t('csvImport.choose.notOpened'));
    }
    if (chosen.status === 'cancelled') return;
    if (chosen.status === 'too-large') return setProblem(t('csvImport.choose.tooLarge', { name: chosen.name, size: mb(chosen.size), limit: mb(MAX_CSV_BYTES) }));
    setProgress({ done: 0, total: chosen.file.source.size });
    try {
      await onChosen(chosen.file, (done, total) => setProgress({ done, total }));
    } catch (error) {
      console.error(error);
      chosen.file.close();
      setProblem(t('csvImport.choose.unreadable', { name: chosen.file.name }));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className="csv-import__choose">
      <p>{t('csvImport.choose.intro')}</p>
      <button type="button" className="button--primary" onClick={() => void choose()} disabled={progress !== null}>
        {progress ? t('csvImport.choose.reading') : t('csvImport.choose.button')}
      </button>
      {progress && <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('csvImport.choose.reading')} />}
      {problem && <p role="alert" className="field__error">{problem}</p>}
    </div>
  );
}
