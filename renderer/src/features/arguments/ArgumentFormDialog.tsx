import { useTranslation } from 'react-i18next';
import { blankArgumentForm, formFromArgument } from '@shared/legal/argument-input';
import { Dialog } from '../../ui/Dialog';
import { ArgumentFormBody } from './ArgumentFormBody';
import type { ArgumentsData } from './use-arguments';

export type ArgumentDialog = { mode: 'create' } | { mode: 'edit'; id: string } | null;

/** Add or edit an argument; the form reads its starting values once, so live updates never reset typing. */
export function ArgumentFormDialog({ caseId, dialog, data, onClose, onCreated }: {
  caseId: string; dialog: ArgumentDialog; data: ArgumentsData; onClose(): void; onCreated(id: string): void;
}) {
  const { t } = useTranslation();
  const editing = dialog?.mode === 'edit' ? data.arguments.find((a) => a.id === dialog.id) ?? null : null;
  const isOpen = dialog !== null && (dialog.mode === 'create' || editing !== null);
  return (
    <Dialog title={t(editing ? 'arguments.form.editTitle' : 'arguments.form.createTitle')} isOpen={isOpen} onClose={onClose} wide>
      {isOpen && (
        <ArgumentFormBody key={editing?.id ?? 'new'} caseId={caseId} editing={editing} data={data}
          initial={editing ? formFromArgument(editing) : blankArgumentForm} onDone={onClose} onCreated={onCreated} />
      )}
    </Dialog>
  );
}
