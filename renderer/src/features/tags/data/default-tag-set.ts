import type { Locale, Tag, TagGroup } from '@shared/domain/types';
import { defaultTagGroups } from '@shared/review/default-tags';
import { defaultTagNames } from '@shared/review/default-tag-names';

/** The default groups and tags of a new case, as rows ready to store. */
export function defaultTagSet(caseId: string, locale: Locale): { groups: TagGroup[]; tags: Tag[] } {
  const names = defaultTagNames[locale];
  const groups: TagGroup[] = [];
  const tags: Tag[] = [];
  defaultTagGroups.forEach((group, g) => {
    const groupId = crypto.randomUUID();
    groups.push({ id: groupId, caseId, name: names[group.key] ?? group.key, isSingleChoice: group.isSingleChoice, order: g, archivedAt: null });
    group.tags.forEach((tag, t) =>
      tags.push({
        id: crypto.randomUUID(), caseId, groupId, name: names[tag.key] ?? tag.key, colour: tag.colour,
        shortcut: tag.shortcut, order: t, archivedAt: null,
      }),
    );
  });
  return { groups, tags };
}
