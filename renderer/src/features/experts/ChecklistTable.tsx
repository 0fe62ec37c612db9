import { useTranslation } from 'react-i18next';
import type { ExpertReport, Pd35Item, Pd35Mark } from '@shared/domain/types';
import { pd35Checklist, type ChecklistRow } from '@shared/experts/pd35-checklist';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { setChecklistMark } from './data/report-commands';

/** The PD35 para 3.2 items as ticks, with what is missing said in words (not by colour alone). */
export function ChecklistTable({ report }: { report: ExpertReport }) {
  const { t } = useTranslation();
  const state = pd35Checklist(report);
  const label = (item: Pd35Item) => t(`experts.checklist.items.${item}`);
  const mark = (item: Pd35Item, value: Pd35Mark | null) => void withStorageErrors(() => setChecklistMark(db, report.id, item, value));
  return (
    <section className="checklist" aria-label={t('experts.checklist.caption')}>
      <table className="case-table checklist__table">
        <caption>{t('experts.checklist.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('experts.checklist.requirement')}</th>
            <th scope="col">{t('experts.checklist.status')}</th>
            <th scope="col">{t('experts.checklist.present')}</th>
            <th scope="col">{t('experts.checklist.notApplicable')}</th>
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => <ChecklistItemRow key={row.item} row={row} label={label(row.item)} mark={mark} />)}
        </tbody>
      </table>
      <p className="checklist__summary" role="status">
        {t('experts.completeCount', { complete: state.complete, total: state.applicable })}.{' '}
        {state.isComplete ? t('experts.checklist.nothingMissing') : t('experts.checklist.missingList', { items: state.missing.map(label).join('; ') })}
      </p>
    </section>
  );
}

interface RowProps {
  row: ChecklistRow;
  label: string;
  mark(item: Pd35Item, value: Pd35Mark | null): void;
}

function ChecklistItemRow({ row, label, mark }: RowProps) {
  const { t } = useTranslation();
  const isNotApplicable = row.state === 'not-applicable';
  const status = row.state === 'complete' ? t('experts.checklist.complete') : isNotApplicable ? t('experts.checklist.notApplicable') : t('experts.checklist.missing');
  return (
    <tr className={`checklist__row checklist__row--${row.state}`}>
      <th scope="row">{label}</th>
      <td>
        <span className="checklist__status" aria-hidden="true">{row.state === 'complete' ? '✓' : isNotApplicable ? '–' : '✗'}</span> {status}
        {row.source === 'data' && !isNotApplicable && <span className="case-table__short">{t('experts.checklist.fromReport')}</span>}
      </td>
      <td>
        {row.source === 'user' && (
          <input type="checkbox" aria-label={t('experts.checklist.presentItem', { item: label })} checked={row.state === 'complete'}
            disabled={isNotApplicable} onChange={(e) => mark(row.item, e.target.checked ? 'present' : null)} />
        )}
      </td>
      <td>
        <input type="checkbox" aria-label={t('experts.checklist.notApplicableItem', { item: label })} checked={isNotApplicable}
          onChange={(e) => mark(row.item, e.target.checked ? 'not-applicable' : null)} />
      </td>
    </tr>
  );
}
