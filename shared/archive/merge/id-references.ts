import { caseTables, type CaseDocument } from '../case-document';
import { nestedIds } from './defined-ids';

const isIdKey = (key: string | null) => key !== null && (key === 'id' || key.endsWith('Id'));
const isIdListKey = (key: string | null) => key !== null && key.endsWith('Ids');

/** Every string a value holds where an id goes (the keys map-ids rewrites): its own ids and those it refers to. */
export function idStringsIn(value: unknown, key: string | null = null, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (isIdKey(key)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) {
      if (isIdListKey(key) && typeof v === 'string') out.add(v);
      else idStringsIn(v, null, out);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) idStringsIn(v, k, out);
  }
  return out;
}

/** The ids a case's rows define: the case, every row, every nested finding, element and counter-argument. */
export function idsDefinedBy(doc: Pick<CaseDocument, 'case' | (typeof caseTables)[number]>): Set<string> {
  const ids = new Set([doc.case.id]);
  for (const table of caseTables) for (const row of doc[table]) ids.add(row.id);
  for (const id of nestedIds(doc)) ids.add(id);
  return ids;
}
