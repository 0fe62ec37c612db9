import type { Tag } from '@shared/domain/types';

/** Small coloured labels for an item's tags. */
export function TagChips({ tagIds, byId }: { tagIds: readonly string[]; byId: Map<string, Tag> }) {
  const tags = tagIds.map((id) => byId.get(id)).filter((t): t is Tag => t !== undefined);
  return (
    <span className="tag-chips">
      {tags.map((t) => (
        <span key={t.id} className="tag-chip" data-colour={t.colour} ref={(el) => el?.style.setProperty('--tag', t.colour)}>
          {t.name}
        </span>
      ))}
    </span>
  );
}
