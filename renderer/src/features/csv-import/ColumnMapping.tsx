import { useTranslation } from 'react-i18next';
import { importFields, type ImportField } from '@shared/import/import-fields';
import { unmappedRequiredFields } from '@shared/import/import-mapping';
import type { CsvSourceState } from './use-csv-source';

/** One select per column of the file: the field it fills, or "ignore". */
export function ColumnMapping({ state }: { state: CsvSourceState }) {
  const { t } = useTranslation();
  const { parsed } = state.source!;
  const mapping = state.mapping!;
  const firstValue = (i: number) => parsed.rows.find((r) => r.cells[i]?.trim())?.cells[i] ?? '';
  const options = importFields.map((f) => ({ value: f, label: t(`evidence.fields.${f}`) }));
  return (
    <section className="csv-import__mapping">
      <h3>{t('csvImport.mapping.heading')}</h3>
      {unmappedRequiredFields(mapping).map((f) => (
        <p key={f} role="alert" className="field__error">{t('csvImport.mapping.requiredMissing', { field: t(`evidence.fields.${f}`) })}</p>
      ))}
      <table className="csv-import__table">
        <caption className="visually-hidden">{t('csvImport.mapping.caption')}</caption>
        <thead>
          <tr><th scope="col">{t('csvImport.mapping.column')}</th><th scope="col">{t('csvImport.mapping.example')}</th><th scope="col">{t('csvImport.mapping.field')}</th></tr>
        </thead>
        <tbody>
          {parsed.header.map((name, i) => (
            <tr key={i}>
              <th scope="row">{name || t('csvImport.report.extraColumn', { n: i + 1 })}</th>
              <td className="csv-import__example">{firstValue(i)}</td>
              <td>
                <select aria-label={t('csvImport.mapping.fieldFor', { column: name || i + 1 })} value={mapping.columns[i] ?? ''}
                  onChange={(e) => state.assign(i, (e.target.value || null) as ImportField | null)}>
                  <option value="">{t('csvImport.mapping.ignore')}</option>
                  {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
