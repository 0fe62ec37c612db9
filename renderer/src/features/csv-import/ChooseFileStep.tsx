import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shell } from '@platform/shell';

/** Step 1: pick the file (the shell's file dialog; a file input in the browser edition). */
export function ChooseFileStep({ onLoaded }: { onLoaded(name: string, bytes: Uint8Array): string | null }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [isReading, setReading] = useState(false);
  const choose = async () => {
    setReading(true);
    const result = await shell.openFiles({ multiple: false, filters: [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }] });
    setReading(false);
    if (result.status === 'cancelled') return;
    const refused = result.refused[0];
    if (refused) {
      const size = `${(refused.size / 1048576).toFixed(0)} MB`;
      setProblem(t(refused.reason === 'too-large' ? 'csvImport.choose.tooLarge' : 'csvImport.choose.unreadable', { name: refused.name, size }));
      return;
    }
    const file = result.files[0];
    if (file) setProblem(onLoaded(file.name, file.bytes));
  };
  return (
    <div className="csv-import__choose">
      <p>{t('csvImport.choose.intro')}</p>
      <button type="button" className="button--primary" onClick={() => void choose()} disabled={isReading}>
        {isReading ? t('csvImport.choose.reading') : t('csvImport.choose.button')}
      </button>
      {problem && <p role="alert" className="field__error">{problem}</p>}
    </div>
  );
}
