import type { Fact, FactStatus, FuzzyDate, Materiality, Pinpoint } from '@shared/domain/types';
import { validateFuzzyDate } from '@shared/chronology/fuzzy-date';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { findEvidenceByExhibitNo } from '../../../db/evidence-store';

const ACTOR = 'local user';
type Now = () => Date;
const clock: Now = () => new Date();

export interface FactFields {
  date: FuzzyDate;
  text: string;
  status: FactStatus;
  materiality: Materiality;
  evidence: Pinpoint[];
  partyIds: string[];
}

function checked(fields: FactFields): FactFields {
  const problem = validateFuzzyDate(fields.date);
  if (problem) throw new Error(`Invalid fact date: ${problem}`);
  if (!fields.text.trim()) throw new Error('A fact needs its text');
  return { ...fields, text: fields.text.trim() };
}

/** Adds a fact numbered from the case counter ("Fact 12"); the number is never given again. */
export async function createFact(database: ExpedienteDatabase, caseId: string, input: FactFields, now: Now = clock): Promise<Fact> {
  const fields = checked(input);
  return database.transaction('rw', [database.cases, database.facts, ...auditTables(database)], async () => {
    const theCase = await database.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}`);
    const at = now().toISOString();
    const number = theCase.lastFactNumber + 1;
    const fact: Fact = { id: crypto.randomUUID(), caseId, number, ...fields, argumentIds: [], archivedAt: null };
    await database.facts.add(fact);
    await database.cases.update(caseId, { lastFactNumber: number, updatedAt: at });
    await appendAudit(database, {
      caseId, at, actor: ACTOR, action: 'fact.create', entity: 'fact', entityId: fact.id, summary: `Fact ${number} added`, change: fact,
    });
    return fact;
  });
}

// Arrays and dates are compared by value: a re-saved form must not log a change.
function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/** Saves edited fields and logs which ones changed; the number stays. */
export async function updateFact(database: ExpedienteDatabase, id: string, input: FactFields, now: Now = clock): Promise<string[]> {
  const fields = checked(input);
  return database.transaction('rw', [database.facts, ...auditTables(database)], async () => {
    const before = await database.facts.get(id);
    if (!before) throw new Error(`No fact ${id}`);
    const changed = (Object.keys(fields) as (keyof FactFields)[]).filter((k) => differs(before[k], fields[k]));
    if (changed.length === 0) return [];
    await database.facts.put({ ...before, ...fields });
    await appendAudit(database, {
      caseId: before.caseId, at: now().toISOString(), actor: ACTOR, action: 'fact.edit', entity: 'fact', entityId: id,
      summary: `Fact ${before.number} edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: fields[k] }])),
    });
    return changed;
  });
}

/** Archived facts leave the chronology and the bundles; their number is not given again. */
export function setFactArchived(database: ExpedienteDatabase, id: string, isArchived: boolean, now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.facts, ...auditTables(database)], async () => {
    const fact = await database.facts.get(id);
    if (!fact) throw new Error(`No fact ${id}`);
    if ((fact.archivedAt !== null) === isArchived) return;
    const at = now().toISOString();
    await database.facts.update(id, { archivedAt: isArchived ? at : null });
    await appendAudit(database, {
      caseId: fact.caseId, at, actor: ACTOR, action: isArchived ? 'fact.archive' : 'fact.restore', entity: 'fact', entityId: id,
      summary: `Fact ${fact.number} ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}

/** Exhibit numbers typed in the form, resolved to the case's items; the unknown ones are returned to be shown. */
export async function resolveExhibits(
  database: ExpedienteDatabase, caseId: string, rows: readonly { exhibitNo: string; pinpoint: string }[],
): Promise<{ evidence: Pinpoint[]; unknown: number[] }> {
  const evidence: Pinpoint[] = [];
  const unknown: number[] = [];
  const find = (exhibitNo: string) => findEvidenceByExhibitNo(database, caseId, exhibitNo);
  for (const [index, row] of rows.entries()) {
    const typed = row.exhibitNo.trim();
    // "e-0003" typed in haste means E-0003 (prefixes are upper case by default).
    const item = (await find(typed)) ?? (await find(typed.toUpperCase()));
    if (item) evidence.push({ evidenceId: item.id, pinpoint: row.pinpoint.trim() });
    else unknown.push(index);
  }
  return { evidence, unknown };
}
