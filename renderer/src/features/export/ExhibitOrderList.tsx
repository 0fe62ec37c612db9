import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../db/database';
import { evidenceDirectoryOf } from '../../db/directory-cache';
import { evidenceOfCase } from '../../db/evidence-store';
import { keysIn } from '../../db/key-lists';

/** Past this many exhibits a hand-made order is impractical (and the list too long to draw); number or date order remain. */
export const CUSTOM_ORDER_LIMIT = 2000;

interface Props {
  caseId: string;
  /** The chosen exhibits in their order; null until the user changes anything (then all live exhibits by number). */
  order: string[] | null;
  onChange(order: string[]): void;
}

/**
 * The exhibits of a custom-ordered bundle: drag a row by its handle (or focus
 * the handle and use Space and the arrow keys, or the up and down buttons) to
 * move it; untick a row to leave the exhibit out.
 */
export function ExhibitOrderList({ caseId, order, onChange }: Props) {
  const { t } = useTranslation();
  const listed = useLiveQuery(async () => {
    // Counted from the directory first: a 100,000-item case is not read whole only to be refused.
    const stored = (await evidenceDirectoryOf(db, caseId)).reduce((n, row) => n + keysIn(row.ids).length, 0);
    if (stored > CUSTOM_ORDER_LIMIT) return { tooMany: stored, live: [] };
    return { tooMany: 0, live: (await evidenceOfCase(db, caseId)).filter((e) => e.archivedAt === null) };
  }, [caseId]);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  if (!listed) return null;
  if (listed.tooMany > 0) return <p role="note">{t('export.exhibits.tooMany', { count: listed.tooMany, limit: CUSTOM_ORDER_LIMIT })}</p>;
  const { live } = listed;
  if (live.length === 0) return <p className="muted">{t('export.exhibits.none')}</p>;

  const byId = new Map(live.map((e) => [e.id, e]));
  const chosen = (order ?? live.map((e) => e.id)).filter((id) => byId.has(id));
  const chosenSet = new Set(chosen);
  // Exhibits left out stay listed (unticked) after the chosen ones, by number, so they can be put back.
  const rows = [...chosen, ...live.filter((e) => !chosenSet.has(e.id)).map((e) => e.id)];
  const move = (id: string, by: number) => {
    const from = chosen.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= chosen.length) return;
    onChange(arrayMove(chosen, from, to));
  };
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  // Read out by screen readers while a row is moved: the exhibit by number and title, never its internal id.
  const nameOf = (id: string | number) => { const e = byId.get(String(id)); return e ? `${e.exhibitNo} ${e.title}` : ''; };
  const at = (id: string | number | undefined) => chosen.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('export.exhibits.pickedUp', { name: nameOf(active.id), position: at(active.id), count: chosen.length }),
    onDragOver: ({ active, over }) => (over ? t('export.exhibits.over', { name: nameOf(active.id), position: at(over.id), count: chosen.length }) : undefined),
    onDragEnd: ({ active, over }) => t('export.exhibits.dropped', { name: nameOf(active.id), position: at(over?.id ?? active.id), count: chosen.length }),
    onDragCancel: ({ active }) => t('export.exhibits.cancelled', { name: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = chosen.indexOf(String(active.id));
    const to = chosen.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onChange(arrayMove(chosen, from, to));
  };

  return (
    <div className="exhibit-order">
      <p className="muted">{t('export.exhibits.hint', { chosen: chosen.length, total: live.length })}</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('export.exhibits.instructions') } }}>
        <SortableContext items={chosen} strategy={verticalListSortingStrategy}>
          <ol className="exhibit-order__list" aria-label={t('export.exhibits.listLabel')}>
            {rows.map((id) => {
              const at = chosen.indexOf(id);
              return <Row key={id} item={byId.get(id)!} position={at} count={chosen.length} onMove={move} onToggle={toggle} />;
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function Row({ item, position, count, onMove, onToggle }: {
  item: EvidenceItem; position: number; count: number;
  onMove(id: string, by: number): void; onToggle(id: string, on: boolean): void;
}) {
  const { t } = useTranslation();
  const included = position >= 0;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !included });
  const name = `${item.exhibitNo} ${item.title}`;
  return (
    <li ref={setNodeRef} className={`exhibit-order__row${included ? '' : ' exhibit-order__row--out'}${isDragging ? ' exhibit-order__row--dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}>
      <button type="button" className="exhibit-order__handle" disabled={!included} aria-label={t('export.exhibits.drag', { name })} {...attributes} {...listeners}>⠿</button>
      <input type="checkbox" checked={included} aria-label={t('export.exhibits.include', { name })} onChange={(e) => onToggle(item.id, e.target.checked)} />
      <span className="exhibit-order__no mono">{item.exhibitNo}</span>
      <span className="exhibit-order__title">{item.title}</span>
      {item.sensitivity !== 'normal' && <span className="badge">{t(`evidence.sensitivities.${item.sensitivity}`)}</span>}
      <span className="exhibit-order__moves">
        <button type="button" disabled={!included || position === 0} aria-label={t('export.exhibits.up', { name })} onClick={() => onMove(item.id, -1)}>↑</button>
        <button type="button" disabled={!included || position === count - 1} aria-label={t('export.exhibits.down', { name })} onClick={() => onMove(item.id, 1)}>↓</button>
      </span>
    </li>
  );
}
