import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import type { RegisterRow } from '@shared/review/register-row';
import { db } from '../../db/database';
import { getEvidence } from '../../db/evidence-store';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { AttachmentView } from '../evidence/detail/AttachmentView';
import { applyCoding } from './data/coding-commands';
import { nextReviewStatus, reviewKeyAction } from './review-keys';
import { ReviewLegend } from './ReviewLegend';
import { TagPicker } from './TagPicker';
import { useTagsInContext } from './use-case-tags';

/** One item at a time, large, coded from the keyboard: the paralegal's review screen. */
export function ReviewMode({ items, onExit }: { items: readonly RegisterRow[]; onExit(): void }) {
  const { t } = useTranslation();
  const caseTags = useTagsInContext();
  const selectedId = useUiStore((s) => s.selectedEvidenceId);
  const select = useUiStore((s) => s.selectEvidence);
  const [index, setIndex] = useState(() => Math.max(0, items.findIndex((e) => e.id === selectedId)));
  const [isLegendOpen, setLegendOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const item = items[Math.min(index, items.length - 1)];
  // The register holds rows; the item on screen is read whole, for its attachment and description.
  const whole = useLiveQuery(async () => (item ? ((await getEvidence(db, item.id, item.caseId)) ?? null) : null), [item?.id, item?.caseId]);

  // The status the item had when this visit began: one visit moves it one step, however many keys were pressed.
  const [arrival, setArrival] = useState<{ id: string; status: EvidenceItem['reviewStatus'] } | null>(null);

  useEffect(() => ref.current?.focus(), []);
  useEffect(() => {
    if (!item) return;
    select(item.id);
    setArrival((a) => (a?.id === item.id ? a : { id: item.id, status: item.reviewStatus }));
  }, [item, select]);
  if (!item) return null;

  const code = (change: Parameters<typeof applyCoding>[3]) => withStorageErrors(() => applyCoding(db, item.caseId, [item.id], change));
  const move = (step: number) => setIndex((i) => Math.min(items.length - 1, Math.max(0, i + step)));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const action = reviewKeyAction(event.key, caseTags?.tags ?? [], event.ctrlKey || event.metaKey || event.altKey);
    if (action.type === 'none') return;
    event.preventDefault();
    if (action.type === 'next') move(1);
    if (action.type === 'previous') move(-1);
    if (action.type === 'toggle-legend') setLegendOpen((v) => !v);
    if (action.type === 'exit') onExit();
    if (action.type === 'save-and-next') {
      const target = nextReviewStatus(arrival?.id === item.id ? arrival.status : item.reviewStatus);
      void (item.reviewStatus === target ? Promise.resolve() : code({ reviewStatus: target })).then(() => move(1));
    }
    if (action.type === 'toggle-tag') {
      const has = item.tagIds.includes(action.tagId);
      void code({
        ...(has ? { removeTagIds: [action.tagId] } : { addTagIds: [action.tagId] }),
        ...(item.reviewStatus === 'unreviewed' ? { reviewStatus: 'first-pass' as const } : {}),
      });
    }
  };

  return (
    <div ref={ref} className="review-mode" role="region" aria-label={t('review.mode.label')} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="review-mode__bar">
        <strong>{t('review.mode.position', { n: index + 1, total: items.length })}</strong>
        <span className="muted">{t('review.mode.keysHint')}</span>
        <button type="button" onClick={onExit}>{t('review.mode.exit')}</button>
      </div>
      <div className="review-mode__body">
        <article className="review-mode__item" aria-labelledby="review-item-heading">
          <h3 id="review-item-heading">
            <span className="detail__exhibit">{item.exhibitNo}</span> {item.title}
          </h3>
          <p className="review-mode__status">
            {t('evidence.columns.reviewStatus')}: <strong>{t(`evidence.reviewStatuses.${item.reviewStatus}`)}</strong>
            {' · '}
            {t(`evidence.kinds.${item.kind}`)}
            {item.platform && ` · ${item.platform}`}
            {' · '}
            {t(`evidence.sensitivities.${item.sensitivity}`)}
          </p>
          {whole && whole.id === item.id && (
            <>
              <AttachmentView item={whole} />
              {whole.description && <p>{whole.description}</p>}
            </>
          )}
        </article>
        <TagPicker item={item} />
      </div>
      {isLegendOpen && <ReviewLegend onClose={() => setLegendOpen(false)} />}
    </div>
  );
}
