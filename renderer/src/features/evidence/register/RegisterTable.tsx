import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/review/register-row';
import { useUiStore } from '../../../store/ui-store';
import { RegisterCell } from './RegisterCell';
import { RegisterHeader } from './RegisterHeader';
import { useVisibleColumns } from '../../review/use-visible-columns';

const ROW_HEIGHT = 36;
const CHECK_WIDTH = 36;

/**
 * The evidence register as an ARIA grid. Only the rows in view are in the
 * DOM, so 100,000 items scroll as smoothly as ten. Up/Down move the active
 * row, Home/End jump, Enter opens it in the detail panel, Space ticks it
 * for bulk coding.
 */
export function RegisterTable({ items }: { items: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedId = useUiStore((s) => s.selectedEvidenceId);
  const select = useUiStore((s) => s.selectEvidence);
  const widths = useUiStore((s) => s.columnWidths);
  // Once per list or selection, not on every scrolled frame: a row read from a block cuts its id out anew each time.
  const activeIndex = useMemo(() => Math.max(0, items.findIndex((e) => e.id === selectedId)), [items, selectedId]);
  const columns = useVisibleColumns();
  const template = `${CHECK_WIDTH}px ${columns.map((c) => `${widths[c.id] ?? c.width}px`).join(' ')}`;
  const checkedIds = useUiStore((s) => s.checkedIds);
  const anchorId = useUiStore((s) => s.anchorId);
  const setChecked = useUiStore((s) => s.setChecked);

  /** Ctrl/Cmd-click ticks one row, Shift-click ticks the range from the last click, a plain click opens. */
  const onRowClick = (event: MouseEvent, index: number) => {
    const item = items[index]!;
    if (event.shiftKey && anchorId) {
      const from = items.findIndex((e) => e.id === anchorId);
      const [lo, hi] = from < index ? [from, index] : [index, from];
      setChecked(new Set([...checkedIds, ...items.slice(Math.max(0, lo), hi + 1).map((e) => e.id)]));
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      toggleChecked(item.id);
      return;
    }
    setChecked(checkedIds, item.id);
    select(item.id);
  };
  const toggleChecked = (id: string) => {
    const next = new Set(checkedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChecked(next, id);
  };

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    if (selectedId) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [selectedId, activeIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 15, PageUp: -15 }[event.key];
    let next: number | null = null;
    if (move !== undefined) next = Math.min(items.length - 1, Math.max(0, (selectedId ? activeIndex : -1) + move));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = items.length - 1;
    if (event.key === ' ' && items[activeIndex]) {
      event.preventDefault();
      toggleChecked(items[activeIndex]!.id);
      return;
    }
    if (event.key === 'Enter' && items[activeIndex]) {
      event.preventDefault();
      select(items[activeIndex]!.id);
      document.getElementById('evidence-detail')?.focus();
      return;
    }
    if (next !== null && items[next]) {
      event.preventDefault();
      select(items[next]!.id);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="register"
      role="grid"
      aria-label={t('evidence.register.label')}
      aria-rowcount={items.length + 1}
      aria-colcount={columns.length + 1}
      aria-activedescendant={selectedId ? `evidence-row-${selectedId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <RegisterHeader template={template} items={items} />
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          const isSelected = item.id === selectedId;
          return (
            <div
              key={item.id}
              id={`evidence-row-${item.id}`}
              role="row"
              aria-rowindex={row.index + 2}
              aria-selected={isSelected}
              className={isSelected ? 'register__row register__row--selected' : 'register__row'}
              style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: template, height: ROW_HEIGHT }}
              onClick={(e) => onRowClick(e, row.index)}
            >
              <div role="gridcell" className="register__cell register__cell--check">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  checked={checkedIds.has(item.id)}
                  aria-label={t('review.bulk.tick', { exhibit: item.exhibitNo })}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => toggleChecked(item.id)}
                />
              </div>
              {columns.map((c) => (
                <RegisterCell key={c.id} item={item} column={c.id} />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
