import type { EvidenceItem } from '@shared/domain/types';

/**
 * Makes items read from the database share one copy of each repeated value.
 * IndexedDB gives every record its own copy of every string: 100,000 items
 * of one case held 100,000 copies of the case id, of "Europe/Madrid", of the
 * capture method, of each tag id… The values are unchanged; only the copies
 * go. Changes the items it is given (fresh from a read) and returns them.
 */
const REPEATED = ['caseId', 'kind', 'platform', 'account', 'captureTimeZone', 'capturedBy', 'captureMethod', 'sensitivity', 'reviewStatus', 'externalReference'] as const;

export function stringSharer(): (items: EvidenceItem[]) => EvidenceItem[] {
  const seen = new Map<string, string>();
  const share = <T extends string | null>(value: T): T => {
    if (value === null || value === '') return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  };
  return (items) => {
    for (const item of items) {
      const fields = item as unknown as Record<(typeof REPEATED)[number], string | null>;
      for (const field of REPEATED) fields[field] = share(fields[field]);
      const tags: string[] | undefined = item.tagIds;
      if (tags) for (let at = 0; at < tags.length; at += 1) tags[at] = share(tags[at]!);
    }
    return items;
  };
}
