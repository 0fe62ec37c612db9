import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

// The wizard (and the CSV parser with it) loads when first opened, not with the register.
const ImportCsvWizard = lazy(() => import('./ImportCsvWizard').then((m) => ({ default: m.ImportCsvWizard })));

/** "Import CSV…" in the evidence toolbar, and the wizard it opens (fresh each time). */
export function ImportCsvButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>{t('csvImport.open')}</button>
      <Dialog title={t('csvImport.title')} isOpen={isOpen} onClose={() => setOpen(false)} wide>
        <Suspense fallback={<p role="status">{t('csvImport.loading')}</p>}>
          <ImportCsvWizard caseId={caseId} onClose={() => setOpen(false)} />
        </Suspense>
      </Dialog>
    </>
  );
}
