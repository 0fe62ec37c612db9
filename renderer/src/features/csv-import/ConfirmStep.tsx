import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatExhibitNo } from '@shared/evidence/exhibit-number';
import type { ImportPlan } from '@shared/import/import-plan';
import type { ExhibitCounter } from './PreviewTable';

interface Props {
  plan: ImportPlan;
  counter: ExhibitCounter;
  isImportingDuplicates: boolean;
  onImportingDuplicates(value: boolean): void;
  failure: string | null;
  /** Saves the report of the rows that will be left out, so the spreadsheet can be fixed first. */
  onDownload(): Promise<string | null>;
}

/** Step 3: what will be written, what will be left out, and the one choice left (likely duplicates). */
export function ConfirmStep({ plan, counter, isImportingDuplicates, onImportingDuplicates, failure, onDownload }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const duplicatesId = useId();
  const count = plan.valid - (isImportingDuplicates ? 0 : plan.duplicates);
  const first = formatExhibitNo(counter.prefix, counter.last + 1);
  const last = formatExhibitNo(counter.prefix, counter.last + Math.max(count, 1));
  return (
    <div className="csv-import__confirm">
      <p><strong>{count > 0 ? t('csvImport.confirm.willRegister', { count, first, last }) : t('csvImport.confirm.nothing')}</strong></p>
      {plan.invalid > 0 && <p>{t('csvImport.confirm.withErrors', { count: plan.invalid })}</p>}
      {plan.duplicates > 0 && (
        <>
          <p className="form-warnings">{t('csvImport.confirm.duplicates', { count: plan.duplicates })}</p>
          <label htmlFor={duplicatesId} className="checkbox">
            <input id={duplicatesId} type="checkbox" checked={isImportingDuplicates} onChange={(e) => onImportingDuplicates(e.target.checked)} />
            {t('csvImport.confirm.includeDuplicates')}
          </label>
        </>
      )}
      {(plan.invalid > 0 || (plan.duplicates > 0 && !isImportingDuplicates)) && (
        <div>
          <button type="button" onClick={() => void onDownload().then(setSaved)}>{t('csvImport.confirm.downloadFirst')}</button>
          {saved && <p role="status" className="muted">{t('csvImport.done.saved', { name: saved })}</p>}
        </div>
      )}
      <p className="muted">{t('csvImport.confirm.allOrNothing')}</p>
      {failure && <p role="alert" className="field__error">{t('csvImport.confirm.failed', { reason: failure })}</p>}
    </div>
  );
}
