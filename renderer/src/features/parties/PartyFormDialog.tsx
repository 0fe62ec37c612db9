import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { PartyFormBody } from './PartyFormBody';

/** Add a party, or edit one of the case's parties. */
export function PartyFormDialog({ caseId, parties }: { caseId: string; parties: readonly Party[] }) {
  const { t } = useTranslation();
  const dialog = useUiStore((s) => s.partyDialog);
  const close = useUiStore((s) => s.closePartyDialog);
  const editing = dialog?.mode === 'edit' ? (parties.find((p) => p.id === dialog.partyId) ?? null) : null;
  if (dialog?.mode === 'edit' && !editing) return null;
  return (
    <Dialog title={t(editing ? 'parties.form.editTitle' : 'parties.form.createTitle')} isOpen={dialog !== null} onClose={close} wide>
      {dialog && <PartyFormBody key={editing?.id ?? 'new'} caseId={caseId} editing={editing} onDone={close} />}
    </Dialog>
  );
}
