import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ImportCsvWizard } from './ImportCsvWizard';

/** "Import CSV…" in the evidence toolbar, and the wizard it opens (fresh each time). */
export function ImportCsvButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>{t('csvImport.open')}</button>
      <Dialog title={t('csvImport.title')} isOpen={isOpen} onClose={() => setOpen(false)} wide>
        <ImportCsvWizard caseId={caseId} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
