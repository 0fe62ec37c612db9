import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/database';
import { useUiStore } from '../../../store/ui-store';
import { Dialog } from '../../../ui/Dialog';
import { EvidenceFormBody } from './EvidenceFormBody';
import { getEvidence } from '../../../db/evidence-store';

/** Register one item with its full metadata, or edit an existing one. */
export function EvidenceFormDialog({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const dialog = useUiStore((s) => s.evidenceDialog);
  const close = useUiStore((s) => s.closeEvidenceDialog);
  const editId = dialog?.mode === 'edit' ? dialog.itemId : null;
  const editing = useLiveQuery(async () => (editId ? ((await getEvidence(db, editId, caseId)) ?? null) : null), [editId, caseId]);
  if (editId && !editing) return null;
  return (
    <Dialog title={t(editId ? 'evidence.form.editTitle' : 'evidence.form.createTitle')} isOpen={dialog !== null} onClose={close} wide>
      {dialog && <EvidenceFormBody key={editing?.id ?? 'new'} caseId={caseId} editing={editing ?? null} onDone={close} />}
    </Dialog>
  );
}
