import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';

let database: ExpedienteDatabase;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 28, 9, 0, clock++));

beforeEach(async () => {
  database = new ExpedienteDatabase(`cases-${crypto.randomUUID()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('case commands', () => {
  it('creates a case with its first audit entry, stored as ISO UTC', async () => {
    const commands = caseCommands(database, now);
    const created = await commands.create({ ...emptyCaseInput, title: ' Doe v X Corp ', hearingDate: '2027-03-15' }, 'es');
    const stored = await database.cases.get(created.id);
    expect(stored).toMatchObject({ title: 'Doe v X Corp', status: 'active', hearingDate: '2027-03-15', defaultLocale: 'es', exhibitPrefix: 'E-' });
    expect(stored!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const log = await auditEntriesOf(database, created.id);
    expect(log.map((e) => e.action)).toEqual(['case.create']);
  });

  it('logs renames and archiving as a verifiable chain naming the changed fields', async () => {
    const commands = caseCommands(database, now);
    const { id } = await commands.create({ ...emptyCaseInput, title: 'Draft' }, 'en');
    await commands.update(id, { ...emptyCaseInput, title: 'Final title', court: 'Juzgado de Instrucción n.º 3' });
    await commands.update(id, { ...emptyCaseInput, title: 'Final title', court: 'Juzgado de Instrucción n.º 3' }); // no change, no entry
    await commands.setArchived(id, true);
    await commands.setArchived(id, false);

    const log = await auditEntriesOf(database, id);
    expect(log.map((e) => e.action)).toEqual(['case.create', 'case.update', 'case.archive', 'case.restore']);
    expect(log[1]!.summary).toBe('Case details changed: title, court');
    expect(verifyAuditChain(log)).toMatchObject({ intact: true, entries: 4 });
    expect((await database.cases.get(id))!.status).toBe('active');
  });

  it('writes nothing when the audit entry cannot be written (one transaction)', async () => {
    const commands = caseCommands(database, now);
    const { id } = await commands.create({ ...emptyCaseInput, title: 'Before' }, 'en');
    database.auditEntries.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(commands.update(id, { ...emptyCaseInput, title: 'After' })).rejects.toThrow();
    await expect(commands.create({ ...emptyCaseInput, title: 'Never stored' }, 'en')).rejects.toThrow();
    expect((await database.cases.get(id))!.title).toBe('Before');
    expect(await database.cases.count()).toBe(1);
    expect(await database.auditEntries.count()).toBe(1);
  });

  it('refuses invalid input before touching the database', async () => {
    const commands = caseCommands(database, now);
    await expect(commands.create({ ...emptyCaseInput, title: '   ' }, 'en')).rejects.toThrow();
    expect(await database.cases.count()).toBe(0);
  });
});
