import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import type { ArgumentFields } from '@shared/legal/argument-input';
import { catalogueAuthorityId } from '@shared/legal/catalogue';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { createFact } from '../../renderer/src/features/chronology/data/fact-commands';
import {
  createArgument, moveArgument, saveArgumentBody, setArgumentArchived, updateArgument,
} from '../../renderer/src/features/arguments/data/argument-commands';
import { createAuthority, setAuthorityArchived } from '../../renderer/src/features/arguments/data/authority-commands';
import { blankAuthorityForm } from '@shared/legal/authority-input';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (over: Partial<ArgumentFields> = {}): ArgumentFields => ({
  heading: 'X is liable as a host with knowledge', theory: 'platform-duty-dsa',
  legalBasis: [{ authorityId: catalogueAuthorityId('D1'), pinpoint: '(1)(b)' }], elements: [], counterArguments: [], ...over,
});
const fact = () => createFact(database, caseId, {
  date: { precision: 'day', start: '2026-01-05', end: null, timeZone: null }, text: 'Notice sent', status: 'undisputed', materiality: 'yes', evidence: [], partyIds: [],
});

beforeEach(async () => {
  database = new ExpedienteDatabase(`arguments-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('argument commands', () => {
  it('adds arguments in case order, each with one chained audit entry', async () => {
    const a = await createArgument(database, caseId, fields());
    const b = await createArgument(database, caseId, fields({ heading: 'Second' }));
    expect([a.order, b.order]).toEqual([1, 2]);
    const log = await auditEntriesOf(database, caseId);
    expect(log.filter((e) => e.action === 'argument.create').map((e) => e.summary)).toEqual([
      'Argument added: X is liable as a host with knowledge', 'Argument added: Second',
    ]);
    expect(verifyAuditChain(log)).toMatchObject({ intact: true });
  });

  it('writes nothing when the audit entry cannot be written', async () => {
    database.auditEntries.hook('creating', () => { throw new DOMException('disk full', 'QuotaExceededError'); });
    await expect(createArgument(database, caseId, fields())).rejects.toThrow();
    expect(await database.arguments.count()).toBe(0);
  });

  it('links a fact to an element, and keeps the fact\'s argument links in step', async () => {
    const f = await fact();
    const a = await createArgument(database, caseId, fields());
    const element = { id: '', text: 'Actual knowledge', status: 'open' as const, factIds: [f.id], evidence: [], findingIds: [] };
    expect(await updateArgument(database, a.id, fields({ elements: [element] }))).toEqual(['elements']);
    const saved = (await database.arguments.get(a.id))!;
    expect(saved.elements[0]!.id).toMatch(/[0-9a-f-]{36}/);
    expect((await database.facts.get(f.id))!.argumentIds).toEqual([a.id]);
    await updateArgument(database, a.id, fields({ elements: [{ ...saved.elements[0]!, factIds: [] }] }));
    expect((await database.facts.get(f.id))!.argumentIds).toEqual([]);
  });

  it('does not log a re-save with nothing changed', async () => {
    const a = await createArgument(database, caseId, fields());
    expect(await updateArgument(database, a.id, fields())).toEqual([]);
    expect((await auditEntriesOf(database, caseId)).filter((e) => e.entityId === a.id)).toHaveLength(1);
  });

  it('saves the body as a document and logs it', async () => {
    const a = await createArgument(database, caseId, fields());
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { kind: 'fact', id: 'f', pinpoint: null } }] }] };
    expect(await saveArgumentBody(database, a.id, body)).toBe(true);
    expect(await saveArgumentBody(database, a.id, body)).toBe(false);
    expect((await database.arguments.get(a.id))!.body).toEqual(body);
    expect((await auditEntriesOf(database, caseId)).at(-1)).toMatchObject({ action: 'argument.text', summary: expect.stringContaining('1 citations') });
  });

  it('moves arguments up and down among live ones; a restored one goes last', async () => {
    const a = await createArgument(database, caseId, fields({ heading: 'A' }));
    const b = await createArgument(database, caseId, fields({ heading: 'B' }));
    const c = await createArgument(database, caseId, fields({ heading: 'C' }));
    await moveArgument(database, c.id, 'up');
    const order = async () => (await database.arguments.where('caseId').equals(caseId).toArray())
      .filter((x) => !x.archivedAt).sort((x, y) => x.order - y.order).map((x) => x.heading);
    expect(await order()).toEqual(['A', 'C', 'B']);
    await moveArgument(database, a.id, 'up'); // already first: nothing
    await setArgumentArchived(database, a.id, true);
    expect(await order()).toEqual(['C', 'B']);
    await setArgumentArchived(database, a.id, false);
    expect(await order()).toEqual(['C', 'B', 'A']);
    expect(b.id).toBeTruthy();
    expect(verifyAuditChain(await auditEntriesOf(database, caseId))).toMatchObject({ intact: true });
  });

  it('adds and archives user authorities with an audit entry each', async () => {
    const auth = await createAuthority(database, caseId, { ...blankAuthorityForm, citation: 'STS 123/2024', ecli: 'ecli:es:ts:2024:123' });
    expect(auth.ecli).toBe('ECLI:ES:TS:2024:123');
    await setAuthorityArchived(database, auth.id, true);
    expect((await database.authorities.get(auth.id))!.archivedAt).toBeTruthy();
    expect((await auditEntriesOf(database, caseId)).map((e) => e.action)).toContain('authority.archive');
  });
});
