import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { archiveTag, mergeTags, updateTag, type TagProblem } from './data/tag-commands';

/** One tag in the manager: name, colour, key, order, merge, archive. */
export function TagRow({ tag, previous, others }: { tag: Tag; previous: Tag | null; others: Tag[] }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const [problem, setProblem] = useState<TagProblem | null>(null);
  const save = async (patch: Parameters<typeof updateTag>[2]) => {
    const result = await withStorageErrors(() => updateTag(db, tag.id, patch));
    setProblem(result ?? null);
  };
  const merge = async (intoId: string) => {
    const into = others.find((o) => o.id === intoId);
    if (!into || !window.confirm(t('tags.manager.confirmMerge', { from: tag.name, into: into.name }))) return;
    const count = await withStorageErrors(() => mergeTags(db, tag.id, intoId));
    if (count !== undefined) announce(t('tags.manager.merged', { from: tag.name, into: into.name, count }));
  };
  return (
    <li className="tag-row">
      <input type="color" value={tag.colour} aria-label={t('tags.manager.colour', { name: tag.name })} onChange={(e) => void save({ colour: e.target.value })} />
      <input className="tag-row__name" defaultValue={tag.name} aria-label={t('tags.manager.name', { name: tag.name })} aria-invalid={problem === 'name-taken' || problem === 'name-required' || undefined}
        onBlur={(e) => e.target.value !== tag.name && void save({ name: e.target.value })} />
      <input className="tag-row__key" maxLength={1} defaultValue={tag.shortcut ?? ''} aria-label={t('tags.manager.key', { name: tag.name })} aria-invalid={problem?.startsWith('shortcut') || undefined}
        onBlur={(e) => (e.target.value || null) !== tag.shortcut && void save({ shortcut: e.target.value || null })} />
      <button type="button" disabled={!previous} aria-label={t('tags.manager.up', { name: tag.name })}
        onClick={() => previous && void withStorageErrors(async () => {
          await updateTag(db, tag.id, { order: previous.order });
          await updateTag(db, previous.id, { order: tag.order });
        })}>↑</button>
      <select value="" aria-label={t('tags.manager.mergeInto', { name: tag.name })} onChange={(e) => void merge(e.target.value)}>
        <option value="">{t('tags.manager.mergeInto', { name: tag.name })}</option>
        {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      <button type="button" aria-label={t('tags.manager.archive', { name: tag.name })} onClick={() => void withStorageErrors(() => archiveTag(db, tag.id))}>
        {t('tags.manager.archiveShort')}
      </button>
      {problem && <span className="field__error" role="alert">{t(`tags.manager.problems.${problem}`)}</span>}
    </li>
  );
}
