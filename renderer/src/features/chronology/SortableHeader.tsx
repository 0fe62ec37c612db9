import { useTranslation } from 'react-i18next';
import type { FactSortColumn } from '@shared/chronology/fact-sort';
import { useUiStore } from '../../store/ui-store';

/** A column heading that sorts the facts by it; a second press reverses the order. */
export function SortableHeader({ column, label }: { column: FactSortColumn; label: string }) {
  const { t } = useTranslation();
  const sort = useUiStore((s) => s.factSort);
  const setSort = useUiStore((s) => s.setFactSort);
  const isActive = sort.column === column;
  const next = isActive && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={isActive ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" title={t('chronology.sort.by', { column: label })} onClick={() => setSort({ column, direction: next })}>
        {label}{isActive && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
      </button>
    </th>
  );
}
