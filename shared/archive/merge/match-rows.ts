import { caseTables, type CaseDocument } from '../case-document';
import { nestedIds } from './defined-ids';

/** Why an archive row was taken to be one of ours. */
export type MatchReason = 'id' | 'lineage' | 'file-hash';

export interface RowMatch {
  ourId: string;
  reason: MatchReason;
}

export interface Matching {
  /** Archive id → our id, for the case, every matched row and every matched nested item (finding, element…). */
  matches: Map<string, RowMatch>;
  /** How the archive's case relates to ours: the same case, a copy of it (by its import record), or neither. */
  relation: 'same-case' | 'lineage' | 'unrelated';
}

/**
 * The archive's own `case.import` records, newest first, each turned around
 * (imported id → the id it had before). A case imported on another machine
 * gets new ids; these records lead them back to ours.
 */
export function importLineage(doc: CaseDocument): Map<string, string>[] {
  const maps: Map<string, string>[] = [];
  for (const entry of doc.auditEntries) {
    if (entry.action !== 'case.import' || entry.entity !== 'case') continue;
    const idMap = (entry.change as { idMap?: unknown } | null)?.idMap;
    if (!idMap || typeof idMap !== 'object') continue;
    const back = new Map<string, string>();
    for (const [before, after] of Object.entries(idMap)) if (typeof after === 'string') back.set(after, before);
    maps.unshift(back);
  }
  return maps;
}

/** The archive id itself, then what it was before each import, newest first. */
function ancestry(id: string, lineage: Map<string, string>[]): string[] {
  const out = [id];
  let current = id;
  for (const back of lineage) {
    const before = back.get(current);
    if (before === undefined) continue;
    out.push(before);
    current = before;
  }
  return out;
}

const fileHashOf = (item: CaseDocument['evidence'][number]) => item.hashes.sha256 ?? item.attachment?.sha256 ?? null;

/**
 * Which archive rows are rows of our case. Ids are never reused, so the same
 * id — or an id the archive's import records trace back to ours — is the
 * same row, within the same table. An exhibit with no such id is ours when
 * exactly one unmatched exhibit of ours has the same file SHA-256 (this app
 * never registers the same bytes twice). Exhibit numbers alone never match:
 * two cases both have an E-0003.
 */
export function matchRows(ours: CaseDocument, theirs: CaseDocument): Matching {
  const lineage = importLineage(theirs);
  const matches = new Map<string, RowMatch>();
  const taken = new Set<string>();
  const find = (id: string, candidates: ReadonlySet<string>) => {
    const chain = ancestry(id, lineage);
    const index = chain.findIndex((c) => candidates.has(c) && !taken.has(c));
    if (index < 0) return;
    matches.set(id, { ourId: chain[index]!, reason: index === 0 ? 'id' : 'lineage' });
    taken.add(chain[index]!);
  };

  find(theirs.case.id, new Set([ours.case.id]));
  const relation = matches.get(theirs.case.id)?.reason === 'id' ? 'same-case' : matches.has(theirs.case.id) ? 'lineage' : 'unrelated';
  matches.set(theirs.case.id, { ourId: ours.case.id, reason: matches.get(theirs.case.id)?.reason ?? 'id' });

  for (const table of caseTables) {
    const ourIds = new Set(ours[table].map((r) => r.id));
    for (const row of theirs[table]) find(row.id, ourIds);
  }
  const ourNested = new Set(nestedIds(ours));
  for (const id of nestedIds(theirs)) find(id, ourNested);

  const byHash = new Map<string, string[]>();
  for (const item of ours.evidence) {
    const sha = fileHashOf(item);
    if (sha && !taken.has(item.id)) byHash.set(sha, [...(byHash.get(sha) ?? []), item.id]);
  }
  for (const item of theirs.evidence) {
    const sha = fileHashOf(item);
    const candidates = sha ? (byHash.get(sha) ?? []).filter((id) => !taken.has(id)) : [];
    if (matches.has(item.id) || candidates.length !== 1) continue;
    matches.set(item.id, { ourId: candidates[0]!, reason: 'file-hash' });
    taken.add(candidates[0]!);
  }
  return { matches, relation };
}
