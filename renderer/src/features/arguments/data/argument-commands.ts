import type { LegalArgument, RichTextDoc } from '@shared/domain/types';
import type { ArgumentFields } from '@shared/legal/argument-input';
import { citationsIn } from '@shared/legal/rich-text';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';
import { syncFactArgumentLinks } from './fact-argument-links';

const ACTOR = 'local user';
type Now = () => Date;
const clock: Now = () => new Date();

function checked(fields: ArgumentFields): ArgumentFields {
  if (!fields.heading.trim()) throw new Error('An argument needs its heading');
  const withId = <T extends { id: string }>(row: T): T => ({ ...row, id: row.id || crypto.randomUUID() });
  return { ...fields, heading: fields.heading.trim(), elements: fields.elements.map(withId), counterArguments: fields.counterArguments.map(withId) };
}

// Arrays are compared by value: a re-saved form must not log a change.
function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}

const tables = (d: ExpedienteDatabase) => [d.cases, d.arguments, d.facts, ...auditTables(d)];

/** Adds an argument at the end of the case's order; it, its fact links and its audit entry are written together. */
export function createArgument(database: ExpedienteDatabase, caseId: string, input: ArgumentFields, now: Now = clock): Promise<LegalArgument> {
  const fields = checked(input);
  return database.transaction('rw', tables(database), async () => {
    if (!(await database.cases.get(caseId))) throw new Error(`No case ${caseId}`);
    const existing = await database.arguments.where('caseId').equals(caseId).toArray();
    const order = existing.reduce((max, a) => Math.max(max, a.order), 0) + 1;
    const argument: LegalArgument = { id: crypto.randomUUID(), caseId, ...fields, order, archivedAt: null };
    await database.arguments.add(argument);
    await syncFactArgumentLinks(database, argument.id, [], argument.elements);
    await appendAudit(database, {
      caseId, at: now().toISOString(), actor: ACTOR, action: 'argument.create', entity: 'argument', entityId: argument.id,
      summary: `Argument added: ${argument.heading}`, change: argument,
    });
    return argument;
  });
}

/** Saves edited fields and logs which ones changed. */
export function updateArgument(database: ExpedienteDatabase, id: string, input: ArgumentFields, now: Now = clock): Promise<string[]> {
  const fields = checked(input);
  return database.transaction('rw', tables(database), async () => {
    const before = await database.arguments.get(id);
    if (!before) throw new Error(`No argument ${id}`);
    const changed = (Object.keys(fields) as (keyof ArgumentFields)[]).filter((k) => differs(before[k], fields[k]));
    if (changed.length === 0) return [];
    await database.arguments.put({ ...before, ...fields });
    await syncFactArgumentLinks(database, id, before.elements, fields.elements);
    await appendAudit(database, {
      caseId: before.caseId, at: now().toISOString(), actor: ACTOR, action: 'argument.edit', entity: 'argument', entityId: id,
      summary: `Argument "${fields.heading}" edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: fields[k] }])),
    });
    return changed;
  });
}

/** Saves the argument's text. The log keeps the whole document, so what was argued when can be shown. */
export function saveArgumentBody(database: ExpedienteDatabase, id: string, body: RichTextDoc, now: Now = clock): Promise<boolean> {
  return database.transaction('rw', [database.arguments, ...auditTables(database)], async () => {
    const before = await database.arguments.get(id);
    if (!before) throw new Error(`No argument ${id}`);
    if (!differs(before.body, body)) return false;
    await database.arguments.put({ ...before, body });
    await appendAudit(database, {
      caseId: before.caseId, at: now().toISOString(), actor: ACTOR, action: 'argument.text', entity: 'argument', entityId: id,
      summary: `Text of argument "${before.heading}" saved (${citationsIn(body).length} citations)`, change: { from: before.body ?? null, to: body },
    });
    return true;
  });
}

/** Moves an argument one place up or down among the case's live arguments. */
export function moveArgument(database: ExpedienteDatabase, id: string, direction: 'up' | 'down', now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.arguments, ...auditTables(database)], async () => {
    const argument = await database.arguments.get(id);
    if (!argument) throw new Error(`No argument ${id}`);
    const live = (await database.arguments.where('caseId').equals(argument.caseId).toArray())
      .filter((a) => a.archivedAt === null).sort((a, b) => a.order - b.order);
    const at = live.findIndex((a) => a.id === id);
    const other = live[direction === 'up' ? at - 1 : at + 1];
    if (at < 0 || !other) return;
    // put, not update: Dexie's key-path typing cannot walk the recursive body type.
    await database.arguments.bulkPut([{ ...argument, order: other.order }, { ...other, order: argument.order }]);
    await appendAudit(database, {
      caseId: argument.caseId, at: now().toISOString(), actor: ACTOR, action: 'argument.reorder', entity: 'argument', entityId: id,
      summary: `Argument "${argument.heading}" moved ${direction} (now ${direction === 'up' ? at : at + 2} of ${live.length})`,
      change: { from: at + 1, to: direction === 'up' ? at : at + 2, swappedWith: other.id },
    });
  });
}

/** Archived arguments leave the list, the table of authorities and the bundles; their history stays. */
export function setArgumentArchived(database: ExpedienteDatabase, id: string, isArchived: boolean, now: Now = clock): Promise<void> {
  return database.transaction('rw', tables(database), async () => {
    const argument = await database.arguments.get(id);
    if (!argument) throw new Error(`No argument ${id}`);
    if ((argument.archivedAt !== null) === isArchived) return;
    const at = now().toISOString();
    // A restored argument goes to the end of the order, so two arguments never share a place.
    const siblings = await database.arguments.where('caseId').equals(argument.caseId).toArray();
    const order = isArchived ? argument.order : siblings.reduce((max, a) => Math.max(max, a.order), 0) + 1;
    await database.arguments.put({ ...argument, archivedAt: isArchived ? at : null, order });
    await syncFactArgumentLinks(database, id, isArchived ? argument.elements : [], isArchived ? [] : argument.elements);
    await appendAudit(database, {
      caseId: argument.caseId, at, actor: ACTOR, action: isArchived ? 'argument.archive' : 'argument.restore', entity: 'argument',
      entityId: id, summary: `Argument "${argument.heading}" ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}
