import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { applyCoding } from './data/coding-commands';
import { TagManager } from '../tags/TagManager';
import { useTagsInContext } from './use-case-tags';

/** Toggle an item's tags, group by group; a single-choice group keeps one tag. */
export function TagPicker({ item }: { item: Pick<EvidenceItem, 'id' | 'caseId' | 'tagIds'> }) {
  const { t } = useTranslation();
  const caseTags = useTagsInContext();
  const [isManaging, setManaging] = useState(false);
  if (!caseTags) return null;
  const toggle = (tagId: string) => {
    const has = item.tagIds.includes(tagId);
    void withStorageErrors(() => applyCoding(db, item.caseId, [item.id], has ? { removeTagIds: [tagId] } : { addTagIds: [tagId] }));
  };
  return (
    <section className="tag-picker" aria-labelledby="tag-picker-heading">
      <div className="tag-picker__head">
        <h3 id="tag-picker-heading">{t('review.tags.title')}</h3>
        <button type="button" className="button--link" onClick={() => setManaging(true)}>{t('tags.manager.open')}</button>
      </div>
      <TagManager isOpen={isManaging} onClose={() => setManaging(false)} />
      {caseTags.groups.map((group) => (
        <div key={group.id} role="group" aria-label={group.name} className="tag-picker__group">
          <span className="tag-picker__group-name">
            {group.name}
            {group.isSingleChoice && <span className="muted"> · {t('review.tags.singleChoice')}</span>}
          </span>
          <div className="tag-picker__tags">
            {caseTags.tags.filter((tag) => tag.groupId === group.id).map((tag) => (
              <button key={tag.id} type="button" aria-pressed={item.tagIds.includes(tag.id)} className="tag-toggle"
                ref={(el) => el?.style.setProperty('--tag', tag.colour)} onClick={() => toggle(tag.id)}>
                {tag.name}
                {tag.shortcut && <kbd aria-hidden="true">{tag.shortcut}</kbd>}
              </button>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
