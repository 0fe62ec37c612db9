import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCaseInput } from '@shared/domain/case-input';
import { CaseSearch } from '@shared/search/case-search';
import type { SearchKind } from '@shared/search/case-results';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { createFact, setFactArchived, updateFact, type FactFields } from '../../renderer/src/features/chronology/data/fact-commands';
import { createArgument, saveArgumentBody } from '../../renderer/src/features/arguments/data/argument-commands';
import { feedCaseIndex } from '../../renderer/src/features/search/case-index-feed';

let database: ExpedienteDatabase;
let caseId: string;
const fields = (text: string): FactFields => ({
  date: { precision: 'month', start: '2026-03', end: null, timeZone: null }, text, status: 'undisputed', materiality: 'unsure', evidence: [], partyIds: [],
});

/** Resolves once the index of `kind` has been (re)built `times` more times. */
function reports(onIndexed: (listener: (kind: SearchKind) => void) => void) {
  const waiting: { kind: SearchKind; resolve(): void }[] = [];
  onIndexed((kind) => waiting.splice(0).forEach((w) => (w.kind === kind ? w.resolve() : waiting.push(w))));
  return (kind: SearchKind) => new Promise<void>((resolve) => waiting.push({ kind, resolve }));
}

beforeEach(async () => {
  database = new ExpedienteDatabase(`search-feed-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('the search worker\'s feed from the database', () => {
  it('builds every kind on open, then follows each write without a rebuild being asked for', async () => {
    const fact = await createFact(database, caseId, fields('El niño recibió el montaje'));
    const search = new CaseSearch();
    let listener: (kind: SearchKind) => void = () => {};
    const next = reports((l) => (listener = l));
    const opened = Promise.all((['evidence', 'facts', 'findings', 'arguments'] as const).map(next));
    const close = feedCaseIndex(database, caseId, search, (r) => listener(r.kind));
    await opened;
    expect(search.query('nino', 5).groups.map((g) => g.kind)).toEqual(['facts']);

    let indexed = next('facts');
    await updateFact(database, fact.id, fields('El menor fue contactado por Telegram'));
    await indexed;
    expect(search.query('telegram', 5).groups).toHaveLength(1);
    expect(search.query('nino', 5).groups).toHaveLength(0);

    indexed = next('arguments');
    const argument = await createArgument(database, caseId, { heading: 'Responsabilidad', theory: 'other', legalBasis: [], elements: [], counterArguments: [] });
    await indexed;
    indexed = next('arguments');
    await saveArgumentBody(database, argument.id, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Difusión en Málaga' }] }] });
    await indexed;
    expect(search.query('malaga', 5).groups.map((g) => g.kind)).toEqual(['arguments']);

    indexed = next('facts');
    await setFactArchived(database, fact.id, true);
    await indexed;
    expect(search.query('telegram', 5).groups).toHaveLength(0);
    close();
  });
});
