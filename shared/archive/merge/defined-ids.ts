import { caseTables, type CaseDocument } from '../case-document';

/** Ids of items nested inside rows: expert findings, argument elements and counter-arguments. */
export function nestedIds(doc: Pick<CaseDocument, 'expertReports' | 'arguments'>): string[] {
  const ids: string[] = [];
  for (const r of doc.expertReports) for (const f of r.findings) ids.push(f.id);
  for (const a of doc.arguments) {
    for (const e of a.elements) ids.push(e.id);
    for (const c of a.counterArguments) ids.push(c.id);
  }
  return ids;
}

/** Every identifier the document defines: the case, its rows, and the items nested in them. */
export function definedIds(doc: CaseDocument): string[] {
  const ids = [doc.case.id];
  for (const table of caseTables) for (const row of doc[table]) ids.push(row.id);
  return [...ids, ...nestedIds(doc)];
}
