import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import type { LegalArgument } from '@shared/domain/types';
import { defaultFilingOptions, type FilingOptions } from '@shared/filing';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { lastFilingOptions } from '../../renderer/src/features/filing/data/last-filing-options';
import { recordFilingExport } from '../../renderer/src/features/filing/data/record-filing-export';
import { readStoredOptions, toFilingOptions } from '../../renderer/src/features/filing/filing-form';
import { initialFilingValues } from '../../renderer/src/features/filing/initial-values';
import { sampleCase } from '../fixtures/bundle/sample-case';

const options = (over: Partial<FilingOptions> = {}): FilingOptions => ({ ...defaultFilingOptions('2026-12-02', 'es'), kind: 'denuncia', ...over });

describe('recording a filing export', () => {
  let database: ExpedienteDatabase;
  let caseId: string;
  beforeEach(async () => {
    database = new ExpedienteDatabase(`filing-${crypto.randomUUID()}`);
    caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
  });
  afterEach(async () => {
    database.close();
    await Dexie.delete(database.name);
  });

  it('writes the record and one chained audit entry; the next filing starts from the newest one', async () => {
    expect(await lastFilingOptions(database, caseId)).toBeNull();
    let clock = Date.parse('2026-12-02T08:00:00Z');
    const now = () => new Date((clock += 60_000));
    await recordFilingExport(database, caseId, { format: 'pdf', fileName: 'Denuncia - V-1.pdf', sha256: 'a'.repeat(64), size: 1234, pageCount: 3, options: options({ place: 'Madrid' }) }, now);
    const docx = await recordFilingExport(database, caseId, { format: 'docx', fileName: 'Denuncia - V-1.docx', sha256: 'b'.repeat(64), size: 999, pageCount: null, options: options({ place: 'Sevilla' }) }, now);
    await database.exportRecords.add({ ...docx, id: 'bundle-later', kind: 'bundle', profile: 'internal', options: {}, at: '2027-01-01T00:00:00Z' });

    expect(docx).toMatchObject({ kind: 'filing', profile: 'filing-docx', pageCount: null, fileName: 'Denuncia - V-1.docx' });
    expect((await lastFilingOptions(database, caseId))?.place).toBe('Sevilla');
    const log = await auditEntriesOf(database, caseId);
    expect(log.map((e) => e.action)).toEqual(['case.create', 'export.filing', 'export.filing']);
    expect(log[1]!.summary).toBe(`Filing exported (PDF, denuncia): Denuncia - V-1.pdf (3 pages, 1234 bytes, SHA-256 ${'a'.repeat(64)})`);
    expect(log[2]!.entityId).toBe(docx.id);
    expect(verifyAuditChain(log)).toMatchObject({ intact: true });
  });

  it('ignores a stored record whose options no longer read as filing options', async () => {
    await recordFilingExport(database, caseId, { format: 'pdf', fileName: 'x.pdf', sha256: 'c'.repeat(64), size: 1, pageCount: 1, options: options() });
    await database.exportRecords.toCollection().modify({ options: { kind: 'memo' } });
    expect(await lastFilingOptions(database, caseId)).toBeNull();
    expect(readStoredOptions(options())).toEqual(options());
  });
});

describe('the values a filing starts from', () => {
  it('without an earlier filing: the case’s court, reference and language, the parties a heading names, every live argument in case order', async () => {
    const { snapshot } = await sampleCase();
    const second: LegalArgument = { ...snapshot.arguments[0]!, id: 'a-0', order: 0 };
    const archived: LegalArgument = { ...snapshot.arguments[0]!, id: 'a-9', order: 9, archivedAt: '2026-01-01T00:00:00Z' };
    const values = initialFilingValues({ theCase: { ...snapshot.case, defaultLocale: 'es' }, parties: snapshot.parties, args: [snapshot.arguments[0]!, archived, second], last: null, today: '2026-12-02' });
    expect(values).toMatchObject({ court: snapshot.case.court, reference: snapshot.case.reference, language: 'es', date: '2026-12-02', allowLinks: false, citationStyle: 'footnotes' });
    expect(values.arguments).toEqual([{ id: 'a-0', isChosen: true }, { id: 'a-1', isChosen: true }]);
    // Complainant, then victim, then the platform; witnesses and experts are left for the lawyer to add.
    const roles = values.partyIds.map((id) => snapshot.parties.find((p) => p.id === id)!.role);
    expect(roles).toEqual(['complainant', 'victim', 'platform-defendant']);
    expect(toFilingOptions(values).argumentIds).toEqual(['a-0', 'a-1']);
  });

  it('after a filing: its choices, minus what has been archived since; newer arguments unticked at the end; today’s date', async () => {
    const { snapshot } = await sampleCase();
    const args: LegalArgument[] = ['a-1', 'a-2', 'a-3'].map((id, i) => ({ ...snapshot.arguments[0]!, id, order: i + 1 }));
    const last = options({ argumentIds: ['a-2', 'a-gone', 'a-1'], partyIds: ['p-x', 'p-gone', 'p-v'], title: 'Denuncia ampliada', date: '2026-01-01', allowLinks: true });
    const values = initialFilingValues({ theCase: snapshot.case, parties: snapshot.parties, args, last, today: '2026-12-02' });
    expect(values.arguments).toEqual([{ id: 'a-2', isChosen: true }, { id: 'a-1', isChosen: true }, { id: 'a-3', isChosen: false }]);
    expect(values.partyIds).toEqual(['p-v', 'p-x']);
    expect(values).toMatchObject({ title: 'Denuncia ampliada', kind: 'denuncia', language: 'es', allowLinks: true, date: '2026-12-02' });
    expect(toFilingOptions(values).argumentIds).toEqual(['a-2', 'a-1']);
  });
});
