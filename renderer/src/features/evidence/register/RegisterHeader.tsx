import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/review/register-row';
import { useUiStore } from '../../../store/ui-store';
import type { RegisterColumn } from '../evidence-ui-slice';
import { useVisibleColumns } from '../../review/use-visible-columns';
import type { ColumnDef } from './register-columns';

/** Column headers: click to sort (again to reverse); drag or arrow keys on the edge to resize. */
export function RegisterHeader({ template, items }: { template: string; items: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const columns = useVisibleColumns();
  const sort = useUiStore((s) => s.registerSort);
  const sortBy = useUiStore((s) => s.sortRegisterBy);
  const checkedIds = useUiStore((s) => s.checkedIds);
  const setChecked = useUiStore((s) => s.setChecked);
  const isAllChecked = items.length > 0 && checkedIds.size === items.length && items.every((e) => checkedIds.has(e.id));
  return (
    <div role="rowgroup" className="register__head">
      <div role="row" aria-rowindex={1} className="register__row register__row--head" style={{ gridTemplateColumns: template }}>
        <div role="columnheader" className="register__cell register__cell--check">
          <input
            type="checkbox"
            checked={isAllChecked}
            aria-label={t('review.bulk.tickAll', { count: items.length })}
            onChange={() => setChecked(isAllChecked ? [] : items.map((e) => e.id))}
          />
        </div>
        {columns.map((c) => {
          const direction = sort.column === c.id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            <div key={c.id} role="columnheader" aria-sort={direction} className="register__cell register__cell--head">
              <button type="button" className="register__sort" onClick={() => sortBy(c.id)}>
                {t(`evidence.columns.${c.id}`)}
                <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
              </button>
              <ResizeHandle column={c} label={t('evidence.register.resize', { column: t(`evidence.columns.${c.id}`) })} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ResizeHandle({ column, label }: { column: ColumnDef; label: string }) {
  const width = useUiStore((s) => s.columnWidths[column.id] ?? column.width);
  const setWidth = useUiStore((s) => s.setColumnWidth);
  const resize = (id: RegisterColumn, next: number) => setWidth(id, Math.max(column.minWidth, Math.min(900, Math.round(next))));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const startX = event.clientX;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const onMove = (e: globalThis.PointerEvent) => resize(column.id, width + e.clientX - startX);
    const onUp = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 16 : event.key === 'ArrowLeft' ? -16 : 0;
    if (step) {
      event.preventDefault();
      event.stopPropagation();
      resize(column.id, width + step);
    }
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={column.minWidth}
      aria-valuemax={900}
      tabIndex={0}
      className="register__resize"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
