import { useTranslation } from 'react-i18next';
import { evidenceKinds, sensitivities } from '@shared/evidence/evidence-input';
import { dateFormats, type DateFormat } from '@shared/import/import-dates';
import { isTimeZone } from '@shared/evidence/zoned-time';
import type { EvidenceKind, Sensitivity } from '@shared/domain/types';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { CsvSourceState } from './use-csv-source';

/** How dates are read (format, capture zone) and what empty kind and sensitivity cells mean. */
export function ReadingOptions({ state }: { state: CsvSourceState }) {
  const { t } = useTranslation();
  const mapping = state.mapping!;
  const hasDates = mapping.columns.some((f) => f === 'capturedAt' || f === 'publishedAt');
  return (
    <section className="csv-import__reading">
      <h3>{t('csvImport.reading.heading')}</h3>
      <div className="form-grid">
        <div>
          <SelectField label={t('csvImport.reading.dateFormat')} value={mapping.dateFormat}
            options={dateFormats.map((f) => ({ value: f, label: t(`csvImport.dateFormats.${f}`) }))}
            onChange={(e) => state.update({ dateFormat: e.target.value as DateFormat, isDateFormatGuess: false })} />
          {hasDates && (mapping.isDateFormatGuess
            ? <p className="form-warnings" role="status">{t('csvImport.reading.dateGuess')}</p>
            : <p className="field__hint">{t('csvImport.reading.dateFromData')}</p>)}
        </div>
        <TextField label={t('csvImport.reading.timeZone')} hint={t('csvImport.reading.timeZoneHint')} value={mapping.timeZone}
          error={isTimeZone(mapping.timeZone) ? undefined : t('csvImport.reading.timeZoneInvalid')}
          onChange={(e) => state.update({ timeZone: e.target.value.trim() })} />
        <SelectField label={t('csvImport.reading.kindWhenEmpty')} value={mapping.kindWhenEmpty}
          options={evidenceKinds.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) }))}
          onChange={(e) => state.update({ kindWhenEmpty: e.target.value as EvidenceKind })} />
        <SelectField label={t('csvImport.reading.sensitivityWhenEmpty')} value={mapping.sensitivityWhenEmpty}
          options={sensitivities.map((s) => ({ value: s, label: t(`evidence.sensitivities.${s}`) }))}
          onChange={(e) => state.update({ sensitivityWhenEmpty: e.target.value as Sensitivity })} />
      </div>
    </section>
  );
}
