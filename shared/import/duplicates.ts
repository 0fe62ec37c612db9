import type { EvidenceFields } from '../evidence/evidence-fields';
import { foldText } from '../search/normalize';
import { importProblem, type RowProblem } from './row-problems';

/** What identifies an item already in the case, for spotting a row imported twice. */
export interface ExistingItemKey {
  exhibitNo: string;
  sourceUrl: string;
  platform: string;
  platformContentId: string;
  title: string;
  capturedAt: string | null;
}

type Keyed = Pick<ExistingItemKey, 'sourceUrl' | 'platform' | 'platformContentId' | 'title' | 'capturedAt'>;

/** A URL compared loosely: case, a trailing slash and the #fragment do not make it another post. */
function urlKey(url: string): string | null {
  const u = url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
  return u ? `url ${u}` : null;
}

function contentKey(item: Keyed): string | null {
  const id = item.platformContentId.trim();
  return id ? `id ${foldText(item.platform.trim())} ${id}` : null;
}

/** Without a URL or a content id, the same title captured at the same instant is the best sign left. */
function titleKey(item: Keyed): string | null {
  if (item.sourceUrl.trim() || item.platformContentId.trim() || !item.capturedAt) return null;
  return `title ${foldText(item.title.trim())} ${item.capturedAt}`;
}

const keysOf = (item: Keyed) => [urlKey(item.sourceUrl), contentKey(item), titleKey(item)];

/**
 * Finds likely duplicates: a row with the URL, or the platform and content
 * id (or, lacking both, the title and capture time), of an item already in
 * the case (archived ones too) or of an earlier row of the same file.
 */
export function duplicateChecker(existing: Iterable<ExistingItemKey>) {
  const seen = new Map<string, RowProblem>();
  const remember = (item: Keyed, problem: RowProblem) => {
    for (const key of keysOf(item)) if (key && !seen.has(key)) seen.set(key, problem);
  };
  for (const item of existing) remember(item, importProblem(null, 'duplicateOfExhibit', { exhibit: item.exhibitNo }));
  return (row: number, fields: EvidenceFields): RowProblem | null => {
    const match = keysOf(fields).map((k) => (k ? seen.get(k) : undefined)).find((p) => p !== undefined) ?? null;
    remember(fields, importProblem(null, 'duplicateInFile', { row }));
    return match;
  };
}
