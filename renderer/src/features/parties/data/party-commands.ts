import type { Party } from '@shared/domain/types';
import { isPseudonymTaken, nextPseudonym } from '@shared/parties/pseudonym';
import { partyFormSchema, type PartyFields } from '@shared/parties/party-input';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';
type Now = () => Date;
const clock: Now = () => new Date();

export type SavePartyResult = { status: 'saved'; party: Party } | { status: 'pseudonym-taken'; pseudonym: string };

// The log names a protected party by pseudonym in its one-line summary: summaries are what people scan and quote.
function describe(party: Party): string {
  return party.isProtected ? `${party.pseudonym} (protected ${party.role})` : party.name;
}

/**
 * Resolves the pseudonym a protected party will have: the one typed (if no
 * other party of the case has it) or the next V-n from the case counter.
 * An unprotected party keeps a pseudonym it once had, so it is never given to anyone else.
 */
async function resolvePseudonym(database: ExpedienteDatabase, caseId: string, partyId: string, fields: PartyFields, previous: string | null) {
  const parties = await database.parties.where('caseId').equals(caseId).toArray();
  const typed = fields.pseudonym.trim();
  if (typed) {
    if (isPseudonymTaken(typed, parties, partyId)) return { status: 'taken' as const, pseudonym: typed };
    return { status: 'ok' as const, pseudonym: typed, counter: null };
  }
  if (!fields.isProtected) return { status: 'ok' as const, pseudonym: previous, counter: null };
  if (previous) return { status: 'ok' as const, pseudonym: previous, counter: null };
  const theCase = await database.cases.get(caseId);
  if (!theCase) throw new Error(`No case ${caseId}`);
  const next = nextPseudonym(theCase.lastPseudonymNumber, parties);
  return { status: 'ok' as const, pseudonym: next.pseudonym, counter: next.number };
}

function stored(fields: PartyFields) {
  const { pseudonym: _typed, ...rest } = fields;
  return rest;
}

/** Adds a party; a protected one gets its pseudonym in the same transaction as the party and its audit entry. */
export async function createParty(database: ExpedienteDatabase, caseId: string, input: PartyFields, now: Now = clock): Promise<SavePartyResult> {
  const fields = partyFormSchema.parse(input);
  return database.transaction('rw', [database.cases, database.parties, ...auditTables(database)], async () => {
    const id = crypto.randomUUID();
    const pseudonym = await resolvePseudonym(database, caseId, id, fields, null);
    if (pseudonym.status === 'taken') return { status: 'pseudonym-taken', pseudonym: pseudonym.pseudonym };
    const at = now().toISOString();
    const party: Party = { id, caseId, ...stored(fields), pseudonym: pseudonym.pseudonym, archivedAt: null };
    await database.parties.add(party);
    if (pseudonym.counter !== null) await database.cases.update(caseId, { lastPseudonymNumber: pseudonym.counter, updatedAt: at });
    await appendAudit(database, {
      caseId, at, actor: ACTOR, action: 'party.create', entity: 'party', entityId: id, summary: `Party added: ${describe(party)}`, change: party,
    });
    return { status: 'saved', party };
  });
}

/** Saves edited fields and logs which ones changed (a pseudonym change included). */
export async function updateParty(database: ExpedienteDatabase, id: string, input: PartyFields, now: Now = clock): Promise<SavePartyResult> {
  const fields = partyFormSchema.parse(input);
  return database.transaction('rw', [database.cases, database.parties, ...auditTables(database)], async () => {
    const before = await database.parties.get(id);
    if (!before) throw new Error(`No party ${id}`);
    const pseudonym = await resolvePseudonym(database, before.caseId, id, fields, before.pseudonym);
    if (pseudonym.status === 'taken') return { status: 'pseudonym-taken', pseudonym: pseudonym.pseudonym };
    const after: Party = { ...before, ...stored(fields), pseudonym: pseudonym.pseudonym };
    const changed = (Object.keys(after) as (keyof Party)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return { status: 'saved', party: before };
    const at = now().toISOString();
    await database.parties.put(after);
    if (pseudonym.counter !== null) await database.cases.update(before.caseId, { lastPseudonymNumber: pseudonym.counter, updatedAt: at });
    await appendAudit(database, {
      caseId: before.caseId, at, actor: ACTOR, action: 'party.edit', entity: 'party', entityId: id,
      summary: `Party ${describe(after)} edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
    });
    return { status: 'saved', party: after };
  });
}

/** Archived parties leave the lists; their links, pseudonym and history stay. */
export function setPartyArchived(database: ExpedienteDatabase, id: string, isArchived: boolean, now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.parties, ...auditTables(database)], async () => {
    const party = await database.parties.get(id);
    if (!party) throw new Error(`No party ${id}`);
    if ((party.archivedAt !== null) === isArchived) return;
    const at = now().toISOString();
    await database.parties.update(id, { archivedAt: isArchived ? at : null });
    await appendAudit(database, {
      caseId: party.caseId, at, actor: ACTOR, action: isArchived ? 'party.archive' : 'party.restore', entity: 'party', entityId: id,
      summary: `Party ${describe(party)} ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}
