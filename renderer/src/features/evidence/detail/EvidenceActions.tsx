import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { deleteEvidence, renumberEvidence, setEvidenceArchived } from '../data/evidence-lifecycle';
import { CreateFactFromEvidence } from '../../chronology/CreateFactFromEvidence';

export function EvidenceActions({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const openDialog = useUiStore((s) => s.openEvidenceDialog);
  const announce = useUiStore((s) => s.announce);
  const select = useUiStore((s) => s.selectEvidence);
  const [mode, setMode] = useState<'idle' | 'delete' | 'renumber'>('idle');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const isArchived = item.archivedAt !== null;

  const archive = async () => {
    const ok = await withStorageErrors(() => setEvidenceArchived(db, item, !isArchived).then(() => true));
    if (ok) {
      announce(t(isArchived ? 'evidence.actions.restored' : 'evidence.actions.archived', { exhibit: item.exhibitNo }));
      select(null);
    }
  };
  const confirmDelete = async () => {
    if (!text.trim()) return setProblem(t('evidence.actions.reasonRequired'));
    const ok = await withStorageErrors(() => deleteEvidence(db, item, text.trim()).then(() => true));
    if (ok) {
      announce(t('evidence.actions.deleted', { exhibit: item.exhibitNo }));
      select(null);
    }
  };
  const confirmRenumber = async () => {
    const result = await withStorageErrors(() => renumberEvidence(db, item, text));
    if (!result) return;
    if (result.status === 'taken') return setProblem(t('evidence.actions.numberTaken', { title: result.by }));
    if (result.status === 'invalid') return setProblem(t('evidence.actions.numberInvalid'));
    announce(t('evidence.actions.renumbered', { from: item.exhibitNo, to: text.trim() }));
    setMode('idle');
  };
  const start = (next: 'delete' | 'renumber') => {
    setMode(next);
    setText(next === 'renumber' ? item.exhibitNo : '');
    setProblem(null);
  };

  return (
    <div className="detail__actions">
      <div className="button-row">
        {!isArchived && <button type="button" onClick={() => openDialog({ mode: 'edit', itemId: item.id })}>{t('evidence.actions.edit')}</button>}
        {!isArchived && <button type="button" onClick={() => start('renumber')}>{t('evidence.actions.renumber')}</button>}
        {!isArchived && <CreateFactFromEvidence item={item} />}
        <button type="button" onClick={() => void archive()}>{t(isArchived ? 'evidence.actions.restore' : 'evidence.actions.archive')}</button>
        <button type="button" className="button--danger" onClick={() => start('delete')}>{t('evidence.actions.delete')}</button>
      </div>
      {mode !== 'idle' && (
        <form
          className="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void (mode === 'delete' ? confirmDelete() : confirmRenumber());
          }}
        >
          {mode === 'delete' && <p className="confirm__warning">{t('evidence.actions.deleteWarning', { exhibit: item.exhibitNo })}</p>}
          <label>
            {t(mode === 'delete' ? 'evidence.actions.deleteReason' : 'evidence.actions.newNumber')}
            <input value={text} onChange={(e) => setText(e.target.value)} autoFocus aria-invalid={problem ? true : undefined} />
          </label>
          {problem && <p className="field__error" role="alert">{problem}</p>}
          <div className="button-row">
            <button type="button" onClick={() => setMode('idle')}>{t('caseForm.cancel')}</button>
            <button type="submit" className={mode === 'delete' ? 'button--danger' : 'button--primary'}>
              {t(mode === 'delete' ? 'evidence.actions.confirmDelete' : 'evidence.actions.confirmRenumber')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
