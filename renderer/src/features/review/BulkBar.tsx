import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '@shared/domain/types';
import type { RegisterRow } from '@shared/review/register-row';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { applyCoding, undoCoding, type CodingChange } from './data/coding-commands';
import { useTagsInContext } from './use-case-tags';

const reviewStatuses: ReviewStatus[] = ['unreviewed', 'first-pass', 'second-pass'];
const bulkSensitivities = ['normal', 'confidential', 'restricted'] as const;

/** Code every ticked item at once: one action, one transaction, one undo. */
export function BulkBar({ caseId, items }: { caseId: string; items: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const caseTags = useTagsInContext();
  const checkedIds = useUiStore((s) => s.checkedIds);
  const setChecked = useUiStore((s) => s.setChecked);
  const lastCoding = useUiStore((s) => s.lastCoding);
  const setLastCoding = useUiStore((s) => s.setLastCoding);
  const announce = useUiStore((s) => s.announce);

  const run = async (change: CodingChange) => {
    const ids = [...checkedIds];
    const undo = await withStorageErrors(() => applyCoding(db, caseId, ids, change));
    if (!undo) return;
    setLastCoding({ undo, count: undo.before.length });
    announce(t('review.bulk.done', { count: undo.before.length }));
  };
  const undo = async () => {
    if (!lastCoding) return;
    const restored = await withStorageErrors(() => undoCoding(db, lastCoding.undo));
    if (restored === undefined) return;
    setLastCoding(null);
    announce(t('review.bulk.undone', { count: restored }));
  };

  if (checkedIds.size === 0 && !lastCoding) return null;
  const tagOptions = caseTags?.groups.map((g) => (
    <optgroup key={g.id} label={g.name}>
      {caseTags.tags.filter((tag) => tag.groupId === g.id).map((tag) => <option key={tag.id} value={tag.id}>{tag.name}</option>)}
    </optgroup>
  ));
  const choose = (value: string, act: (v: string) => CodingChange) => {
    if (value) void run(act(value));
  };
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('review.bulk.toolbar')}>
      {checkedIds.size > 0 && (
        <>
          <strong>{t('review.bulk.selected', { count: checkedIds.size })}</strong>
          <label>
            {t('review.bulk.addTag')}
            <select value="" onChange={(e) => choose(e.target.value, (id) => ({ addTagIds: [id] }))}>
              <option value="">—</option>
              {tagOptions}
            </select>
          </label>
          <label>
            {t('review.bulk.removeTag')}
            <select value="" onChange={(e) => choose(e.target.value, (id) => ({ removeTagIds: [id] }))}>
              <option value="">—</option>
              {tagOptions}
            </select>
          </label>
          <label>
            {t('review.bulk.setReview')}
            <select value="" onChange={(e) => choose(e.target.value, (v) => ({ reviewStatus: v as ReviewStatus }))}>
              <option value="">—</option>
              {reviewStatuses.map((r) => <option key={r} value={r}>{t(`evidence.reviewStatuses.${r}`)}</option>)}
            </select>
          </label>
          <label>
            {t('review.bulk.setSensitivity')}
            <select value="" onChange={(e) => choose(e.target.value, (v) => ({ sensitivity: v as (typeof bulkSensitivities)[number] }))}>
              <option value="">—</option>
              {bulkSensitivities.map((s) => <option key={s} value={s}>{t(`evidence.sensitivities.${s}`)}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => setChecked([], null)}>{t('review.bulk.clear')}</button>
        </>
      )}
      {checkedIds.size === 0 && (
        <button type="button" onClick={() => setChecked(items.map((e) => e.id))}>{t('review.bulk.tickAll', { count: items.length })}</button>
      )}
      {lastCoding && (
        <button type="button" className="bulk-bar__undo" onClick={() => void undo()}>
          {t('review.bulk.undo', { count: lastCoding.count })}
        </button>
      )}
    </div>
  );
}
