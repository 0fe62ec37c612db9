import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import type { ExistingItemKey } from '@shared/import/duplicates';
import { unmappedRequiredFields } from '@shared/import/import-mapping';
import { rowsToImport } from '@shared/import/import-plan';
import { db } from '../../db/database';
import { classifyStorageError } from '../../db/storage-errors';
import { useUiStore } from '../../store/ui-store';
import { useCase } from '../cases/use-cases';
import { ChooseFileStep } from './ChooseFileStep';
import { ConfirmStep } from './ConfirmStep';
import type { CsvFile } from './csv-file';
import { existingItemKeys, importEvidenceRows } from './data/import-commands';
import { MappingStep } from './MappingStep';
import { ResultStep } from './ResultStep';
import { saveLeftOutReport } from './save-report';
import { useCsvSource } from './use-csv-source';
import { useImportPlan } from './use-import-plan';
import { WizardSteps, type WizardStep } from './WizardSteps';

/** Choose a file → columns and preview → confirm → result. Nothing is written before "Import". */
export function ImportCsvWizard({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const theCase = useCase(caseId);
  const state = useCsvSource();
  const [step, setStep] = useState<WizardStep>('choose');
  const [existing, setExisting] = useState<ExistingItemKey[]>();
  const [isImportingDuplicates, setImportingDuplicates] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [imported, setImported] = useState<{ items: EvidenceItem[]; leftOut: number } | null>(null);
  const plan = useImportPlan(state.source?.parsed, state.mapping, existing);

  useEffect(() => {
    void existingItemKeys(db, caseId).then(setExisting);
  }, [caseId]);

  if (!theCase) return null;
  const counter = { prefix: theCase.exhibitPrefix, last: theCase.lastExhibitCounter };
  const canContinue = !!state.mapping && unmappedRequiredFields(state.mapping).length === 0 && plan.plan !== null;

  const load = async (file: CsvFile, onProgress: (doneBytes: number, totalBytes: number) => void) => {
    await state.load(file, onProgress);
    setStep('map');
  };

  const confirm = async () => {
    if (!plan.plan || !state.source) return;
    const rows = rowsToImport(plan.plan, isImportingDuplicates);
    const leftOut = plan.plan.rows.length - rows.length;
    setImporting(true);
    setFailure(null);
    try {
      const items = await importEvidenceRows(db, caseId, rows, { fileName: state.source.name, sha256: state.source.sha256, leftOut });
      setImported({ items, leftOut });
      setStep('done');
      announce(t('csvImport.done.announce', { count: items.length }));
    } catch (error) {
      console.error(error);
      setFailure(t(`storage.${classifyStorageError(error)}`));
    } finally {
      setImporting(false);
    }
  };

  const download = async () => {
    if (!plan.plan || !state.source) return null;
    const result = await saveLeftOutReport(t, state.source.name, state.source.parsed.header, plan.plan, isImportingDuplicates);
    return result.status === 'saved' ? result.name : null;
  };

  const importCount = plan.plan ? rowsToImport(plan.plan, isImportingDuplicates).length : 0;
  return (
    <div className="csv-import">
      <WizardSteps current={step} />
      {step === 'choose' && <ChooseFileStep onChosen={load} />}
      {step === 'map' && state.source && state.mapping && <MappingStep state={state} plan={plan} counter={counter} />}
      {step === 'confirm' && plan.plan && (
        <ConfirmStep plan={plan.plan} counter={counter} isImportingDuplicates={isImportingDuplicates}
          onImportingDuplicates={setImportingDuplicates} failure={failure} onDownload={download} />
      )}
      {step === 'done' && imported && <ResultStep items={imported.items} leftOut={imported.leftOut} onDownload={download} />}
      <div className="dialog__actions">
        {step !== 'done' && <button type="button" onClick={onClose} disabled={isImporting}>{t('csvImport.actions.cancel')}</button>}
        {(step === 'map' || step === 'confirm') && (
          <button type="button" onClick={() => setStep(step === 'map' ? 'choose' : 'map')} disabled={isImporting}>{t('csvImport.actions.back')}</button>
        )}
        {step === 'map' && <button type="button" className="button--primary" disabled={!canContinue} onClick={() => setStep('confirm')}>{t('csvImport.actions.next')}</button>}
        {step === 'confirm' && (
          <button type="button" className="button--primary" disabled={isImporting || importCount === 0} onClick={() => void confirm()}>
            {isImporting ? t('csvImport.confirm.importing') : t('csvImport.confirm.import', { count: importCount })}
          </button>
        )}
        {step === 'done' && <button type="button" className="button--primary" onClick={onClose}>{t('csvImport.actions.close')}</button>}
      </div>
    </div>
  );
}
