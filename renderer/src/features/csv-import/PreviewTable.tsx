import { useTranslation } from 'react-i18next';
import type { EvidenceFields } from '@shared/evidence/evidence-fields';
import { formatExhibitNo } from '@shared/evidence/exhibit-number';
import type { ImportField } from '@shared/import/import-fields';
import type { ImportMapping } from '@shared/import/import-mapping';
import type { PlannedRow } from '@shared/import/import-plan';
import { describeProblem } from './describe-problem';

export interface ExhibitCounter {
  prefix: string;
  last: number;
}

/** The fields shown: what the file fills, plus kind and sensitivity, which every item has. */
function shownFields(mapping: ImportMapping): ImportField[] {
  const mapped = new Set(mapping.columns.filter((f): f is ImportField => f !== null));
  mapped.add('kind');
  mapped.add('sensitivity');
  if (mapped.has('capturedAt') || mapped.has('publishedAt')) mapped.add('captureTimeZone');
  return (['title', 'kind', 'sensitivity', 'platform', 'sourceUrl', 'platformContentId', 'account', 'publishedAt', 'capturedAt', 'captureTimeZone',
    'capturedBy', 'captureMethod', 'description', 'externalReference', 'notes'] as const).filter((f) => mapped.has(f));
}

/** The first rows exactly as they will be stored: exhibit number to come, what is wrong (first, where it is seen), normalised values. */
export function PreviewTable({ rows, mapping, counter }: { rows: readonly PlannedRow[]; mapping: ImportMapping; counter: ExhibitCounter }) {
  const { t } = useTranslation();
  const fields = shownFields(mapping);
  let next = counter.last;
  const heading = (f: ImportField) =>
    f === 'capturedAt' ? t('csvImport.preview.capturedUtc') : f === 'publishedAt' ? t('csvImport.preview.publishedUtc') : t(`evidence.fields.${f}`);
  const value = (stored: EvidenceFields, f: ImportField): string => {
    if (f === 'kind') return t(`evidence.kinds.${stored.kind}`);
    if (f === 'sensitivity') return t(`evidence.sensitivities.${stored.sensitivity}`);
    return stored[f] ?? '';
  };
  // A row that will not be stored shows what the file says, so the paralegal can find it.
  const raw = (r: PlannedRow, f: ImportField) => r.cells[mapping.columns.indexOf(f)] ?? '';
  return (
    <section className="csv-import__preview">
      <h3>{t('csvImport.preview.heading')}</h3>
      <div className="csv-import__scroll">
        <table className="csv-import__table">
          <caption className="visually-hidden">{t('csvImport.preview.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImport.preview.row')}</th>
              <th scope="col">{t('csvImport.preview.exhibit')}</th>
              <th scope="col">{t('csvImport.preview.status')}</th>
              {fields.map((f) => <th key={f} scope="col">{heading(f)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const isImported = r.fields !== null && r.duplicate === null;
              const exhibit = isImported ? formatExhibitNo(counter.prefix, (next += 1)) : '—';
              return (
                <tr key={r.row} className={r.fields ? undefined : 'csv-import__row--rejected'}>
                  <th scope="row">{r.row}</th>
                  <td className="csv-import__nowrap">{exhibit}</td>
                  <td className="csv-import__status">
                    {r.errors.length > 0 && <strong className="bad">{t('csvImport.preview.notImported')}</strong>}
                    {r.duplicate && <strong className="warn">{t('csvImport.preview.duplicate')}</strong>}
                    {r.errors.length === 0 && !r.duplicate && <span className="ok">{t('csvImport.preview.ready')}</span>}
                    <ul>
                      {[...r.errors, ...(r.duplicate ? [r.duplicate] : []), ...r.warnings].map((p, i) => (
                        <li key={i} className={i < r.errors.length ? 'bad' : 'warn'}>{describeProblem(t, p)}</li>
                      ))}
                    </ul>
                  </td>
                  {fields.map((f) => <td key={f} className="csv-import__cell">{r.fields ? value(r.fields, f) : raw(r, f)}</td>)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
