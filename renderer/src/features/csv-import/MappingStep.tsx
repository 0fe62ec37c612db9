import { useTranslation } from 'react-i18next';
import { ColumnMapping } from './ColumnMapping';
import { FileSettings } from './FileSettings';
import { PreviewTable, type ExhibitCounter } from './PreviewTable';
import { ReadingOptions } from './ReadingOptions';
import type { PlanState } from './use-import-plan';
import type { CsvSourceState } from './use-csv-source';

/** Step 2: how the file is read and mapped, the first rows as they will be stored, and counts for the whole file. */
export function MappingStep({ state, plan, counter }: { state: CsvSourceState; plan: PlanState; counter: ExhibitCounter }) {
  const { t } = useTranslation();
  const total = state.source!.parsed.rows.length;
  return (
    <div className="csv-import__map">
      <FileSettings state={state} />
      <div className="csv-import__columns">
        <ColumnMapping state={state} />
        <ReadingOptions state={state} />
      </div>
      <PreviewTable rows={plan.preview} mapping={state.mapping!} counter={counter} />
      <p className="csv-import__summary" role="status">
        {plan.plan
          ? t('csvImport.summary.counts', { total, valid: plan.plan.valid, invalid: plan.plan.invalid, duplicates: plan.plan.duplicates })
          : t('csvImport.summary.checking', { done: plan.checked.toLocaleString(), total: total.toLocaleString() })}
      </p>
    </div>
  );
}
