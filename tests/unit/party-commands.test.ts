import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { blankPartyFields, type PartyFields } from '@shared/parties/party-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { createParty, setPartyArchived, updateParty } from '../../renderer/src/features/parties/data/party-commands';

let database: ExpedienteDatabase;
let caseId: string;
const victim = (name: string, over: Partial<PartyFields> = {}): PartyFields => ({ ...blankPartyFields, name, isProtected: true, ...over });

async function saved(result: Promise<Awaited<ReturnType<typeof createParty>>>) {
  const r = await result;
  if (r.status !== 'saved') throw new Error(`not saved: ${r.status}`);
  return r.party;
}

beforeEach(async () => {
  database = new ExpedienteDatabase(`parties-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('party commands', () => {
  it('gives protected parties V-1, V-2 … and logs each in a verifiable chain that names only the pseudonym', async () => {
    const first = await saved(createParty(database, caseId, victim('Lucía Fernández')));
    const platform = await saved(createParty(database, caseId, {
      ...blankPartyFields, name: 'X', role: 'platform-defendant', kind: 'company', legalEntityName: 'X Internet Unlimited Company', registeredSeat: 'Dublin, Ireland',
    }));
    const second = await saved(createParty(database, caseId, victim('Мария Иванова')));
    expect([first.pseudonym, platform.pseudonym, second.pseudonym]).toEqual(['V-1', null, 'V-2']);
    expect((await database.cases.get(caseId))!.lastPseudonymNumber).toBe(2);
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.action)).toEqual(['case.create', 'party.create', 'party.create', 'party.create']);
    expect(log[1]!.summary).toBe('Party added: V-1 (protected victim)');
    expect(log[1]!.summary).not.toContain('Lucía');
    expect(verifyAuditChain(log)).toMatchObject({ intact: true });
  });

  it('never gives a pseudonym again, even after it is edited away or its party archived', async () => {
    const first = await saved(createParty(database, caseId, victim('A')));
    await saved(updateParty(database, first.id, victim('A', { pseudonym: 'Víctima A' })));
    const second = await saved(createParty(database, caseId, victim('B')));
    await setPartyArchived(database, second.id, true);
    const third = await saved(createParty(database, caseId, victim('C')));
    expect([second.pseudonym, third.pseudonym]).toEqual(['V-2', 'V-3']);
  });

  it('keeps pseudonyms unique within the case, and lets another case reuse them', async () => {
    await saved(createParty(database, caseId, victim('A')));
    const other = await createParty(database, caseId, victim('B', { pseudonym: 'v-1' }));
    expect(other).toEqual({ status: 'pseudonym-taken', pseudonym: 'v-1' });
    expect(await database.parties.count()).toBe(1);
    const otherCase = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Other' }, 'en')).id;
    expect((await saved(createParty(database, otherCase, victim('Z')))).pseudonym).toBe('V-1');
  });

  it('logs edits by field name and writes nothing when nothing changed', async () => {
    const p = await saved(createParty(database, caseId, { ...blankPartyFields, name: 'Meta', role: 'platform-defendant', kind: 'company' }));
    await saved(updateParty(database, p.id, { ...blankPartyFields, name: 'Meta', role: 'platform-defendant', kind: 'company', legalEntityName: 'Meta Platforms Ireland Ltd' }));
    await saved(updateParty(database, p.id, { ...blankPartyFields, name: 'Meta', role: 'platform-defendant', kind: 'company', legalEntityName: 'Meta Platforms Ireland Ltd' }));
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.summary).slice(1)).toEqual(['Party added: Meta', 'Party Meta edited: legalEntityName']);
  });

  it('protecting a party later assigns the next pseudonym in the same transaction', async () => {
    const p = await saved(createParty(database, caseId, { ...blankPartyFields, name: 'Witness W', role: 'witness' }));
    const after = await saved(updateParty(database, p.id, { ...blankPartyFields, name: 'Witness W', role: 'witness', isProtected: true }));
    expect(after.pseudonym).toBe('V-1');
    expect((await database.cases.get(caseId))!.lastPseudonymNumber).toBe(1);
  });

  it('writes neither the party nor the counter when the audit entry cannot be written', async () => {
    database.auditEntries.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(createParty(database, caseId, victim('A'))).rejects.toThrow();
    expect(await database.parties.count()).toBe(0);
    expect((await database.cases.get(caseId))!.lastPseudonymNumber).toBe(0);
  });
});
