import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { blankFactForm, formFromFact } from './fact-form-values';
import { FactFormBody } from './FactFormBody';
import { getEvidence, getEvidenceMany } from '../../db/evidence-store';

/**
 * Add a fact (possibly pre-linked to the evidence item it was created from)
 * or edit one. The form is mounted once its starting values are loaded and
 * reads them only then, so a live update never resets what is being typed.
 */
export function FactFormDialog({ caseId, parties }: { caseId: string; parties: readonly Party[] }) {
  const { t } = useTranslation();
  const dialog = useUiStore((s) => s.factDialog);
  const close = useUiStore((s) => s.closeFactDialog);
  const start = useLiveQuery(async () => {
    if (!dialog) return null;
    if (dialog.mode === 'create') {
      const item = dialog.evidenceId ? await getEvidence(db, dialog.evidenceId, caseId) : undefined;
      return { editing: null, values: blankFactForm(item?.exhibitNo ?? null) };
    }
    const fact = await db.facts.get(dialog.factId);
    if (!fact) return null;
    const items = await getEvidenceMany(db, fact.evidence.map((e) => e.evidenceId), caseId);
    const numbers = new Map(items.flatMap((e) => (e ? [[e.id, e.exhibitNo] as const] : [])));
    return { editing: fact, values: formFromFact(fact, (id) => numbers.get(id) ?? '') };
  }, [dialog, caseId]);
  const title = start?.editing ? t('chronology.form.editTitle', { number: start.editing.number }) : t('chronology.form.createTitle');
  return (
    <Dialog title={title} isOpen={dialog !== null && !!start} onClose={close} wide>
      {dialog && start && (
        <FactFormBody key={start.editing?.id ?? 'new'} caseId={caseId} editing={start.editing} initial={start.values} parties={parties} onDone={close} />
      )}
    </Dialog>
  );
}
