import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { Dialog } from '../../ui/Dialog';
import { useTagsInContext } from '../review/use-case-tags';
import { addTag, updateGroup } from './data/tag-commands';
import { TagRow } from './TagRow';

/** Rename, recolour, re-key, reorder, merge and archive the case's tags. */
export function TagManager({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const caseTags = useTagsInContext();
  const [newNames, setNewNames] = useState<Record<string, string>>({});
  if (!caseTags) return null;
  return (
    <Dialog title={t('tags.manager.title')} isOpen={isOpen} onClose={onClose} wide>
      <div className="tag-manager">
        {caseTags.groups.map((group, g) => {
          const tags = caseTags.tags.filter((tag) => tag.groupId === group.id);
          const draft = newNames[group.id] ?? '';
          return (
            <section key={group.id} className="tag-manager__group" aria-label={group.name}>
              <div className="tag-manager__group-head">
                <input aria-label={t('tags.manager.groupName')} defaultValue={group.name}
                  onBlur={(e) => e.target.value.trim() && e.target.value !== group.name && void withStorageErrors(() => updateGroup(db, group.id, { name: e.target.value.trim() }))} />
                <label className="checkbox">
                  <input type="checkbox" checked={group.isSingleChoice} onChange={(e) => void withStorageErrors(() => updateGroup(db, group.id, { isSingleChoice: e.target.checked }))} />
                  {t('tags.manager.singleChoice')}
                </label>
                <button type="button" disabled={g === 0} aria-label={t('tags.manager.groupUp', { name: group.name })}
                  onClick={() => void withStorageErrors(() => swapGroups(group.id, caseTags.groups[g - 1]!.id, group.order, caseTags.groups[g - 1]!.order))}>↑</button>
              </div>
              <ul className="tag-manager__tags">
                {tags.map((tag, i) => <TagRow key={tag.id} tag={tag} previous={tags[i - 1] ?? null} others={caseTags.tags.filter((o) => o.id !== tag.id)} />)}
              </ul>
              <form className="tag-manager__add" onSubmit={(e) => {
                e.preventDefault();
                if (!draft.trim()) return;
                void withStorageErrors(() => addTag(db, group, draft, '#667085')).then(() => setNewNames((n) => ({ ...n, [group.id]: '' })));
              }}>
                <input aria-label={t('tags.manager.newTag', { group: group.name })} placeholder={t('tags.manager.newTagPlaceholder')} value={draft}
                  onChange={(e) => setNewNames((n) => ({ ...n, [group.id]: e.target.value }))} />
                <button type="submit" disabled={!draft.trim()}>{t('tags.manager.add')}</button>
              </form>
            </section>
          );
        })}
        <div className="dialog__actions">
          <button type="button" className="button--primary" onClick={onClose}>{t('tags.manager.done')}</button>
        </div>
      </div>
    </Dialog>
  );
}

function swapGroups(a: string, b: string, orderA: number, orderB: number): Promise<void> {
  return updateGroup(db, a, { order: orderB }).then(() => updateGroup(db, b, { order: orderA }));
}
