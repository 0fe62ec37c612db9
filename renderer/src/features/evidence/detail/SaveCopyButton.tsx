import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '@shared/domain/types';
import { shell } from '@platform/shell';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { hashInWorker } from '../intake/hash-client';
import { logCopySaved, storedCopy, type CopySaved } from '../data/file-copy';

type Props = Omit<CopySaved, 'savedAs'> & { attachment: AttachmentRef };

/**
 * Saves the stored file to a place the user chooses, so it can be opened in
 * its own program. The bytes are re-hashed first: a copy that no longer
 * matches its recorded SHA-256 never leaves the app, and each copy is logged.
 */
export function SaveCopyButton(props: Props) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const save = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const copy = await storedCopy(db, props.attachment);
      if (copy.status === 'missing') return setProblem(t('evidence.copy.missing'));
      const { sha256 } = await hashInWorker(copy.blob).catch(() => ({ sha256: null }));
      if (sha256 !== props.attachment.sha256) return setProblem(t('evidence.copy.mismatch'));
      const bytes = new Uint8Array(await copy.blob.arrayBuffer());
      const result = await shell.saveBytes({ suggestedName: props.attachment.name, bytes });
      if (result.status !== 'saved') return;
      await withStorageErrors(() => logCopySaved(db, { ...props, savedAs: result.path ?? result.name }));
      announce(t('evidence.copy.saved', { name: result.name }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="save-copy">
      <button type="button" onClick={() => void save()} disabled={isBusy}>
        {isBusy ? t('evidence.copy.checking') : t('evidence.copy.save')}
      </button>
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </div>
  );
}
