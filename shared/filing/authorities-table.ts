import type { Authority, LegalArgument } from '../domain/types';
import { tableOfAuthorities, type AuthorityRow } from '../legal/table-of-authorities';
import { authorityReference } from './cite';
import type { FilingAuthorities, FilingAuthorityRow } from './document';
import type { FilingWords } from './labels';
import type { FilingWriter } from './writer';

/**
 * The filing's table of authorities: only what the printed document cites
 * (a legal basis left out of the filing does not count), grouped as the
 * case's table is, with the paragraphs citing each. Draft law is labelled.
 */
export function filingAuthorities(
  args: readonly LegalArgument[], authorities: readonly Authority[], writer: FilingWriter, words: FilingWords, allowLinks: boolean,
): FilingAuthorities | null {
  const table = tableOfAuthorities(args, authorities);
  const own = new Map(authorities.map((a) => [a.id, a]));
  const toRow = (r: AuthorityRow): FilingAuthorityRow | null => {
    const paragraphs = [...(writer.authorityParagraphs.get(r.authorityId) ?? [])].sort((a, b) => a - b);
    if (r.isBroken || paragraphs.length === 0) return null;
    const ref = authorityReference({ id: r.authorityId }, { authorities: own, words });
    return {
      citation: writer.clean(r.citation), detail: writer.clean(r.detail), paragraphs,
      note: r.isDraft ? words.draftNote : null,
      href: allowLinks ? ref?.href ?? null : null,
    };
  };
  const rows = (list: readonly AuthorityRow[]) => list.map(toRow).filter((r): r is FilingAuthorityRow => r !== null);
  const groups = [
    ...table.legislation.map((g) => ({ heading: g.instrument ? `${words.legislation} — ${g.instrument}` : words.legislation, rows: rows(g.rows) })),
    { heading: words.caseLaw, rows: rows(table.caseLaw) },
    { heading: words.otherAuthorities, rows: rows(table.other) },
  ].filter((g) => g.rows.length > 0);
  return groups.length > 0 ? { groups } : null;
}
