import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@shared/audit/audit-chain';
import { emptyCaseInput } from '@shared/domain/case-input';
import { ExpedienteDatabase } from '../../renderer/src/db/database';
import { auditEntriesOf } from '../../renderer/src/db/audit-log';
import { caseCommands } from '../../renderer/src/features/cases/case-commands';
import { registerEvidence } from '../../renderer/src/features/evidence/data/evidence-commands';
import type { EvidenceFields } from '../../renderer/src/features/evidence/data/evidence-factory';
import { applyCoding } from '../../renderer/src/features/review/data/coding-commands';
import { addTag, archiveTag, mergeTags, updateTag } from '../../renderer/src/features/tags/data/tag-commands';

let database: ExpedienteDatabase;
let caseId: string;
const tag = async (name: string) => (await database.tags.where('caseId').equals(caseId).filter((t) => t.name === name).first())!;
const fields = (title: string): EvidenceFields => ({
  title, kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
  captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '', sensitivity: 'normal', externalReference: '', notes: '',
});

beforeEach(async () => {
  database = new ExpedienteDatabase(`tags-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'es')).id;
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('tag management', () => {
  it('names the default tags in the case language', async () => {
    expect((await tag('Deepfake sexual')).shortcut).toBe('d');
    expect(await tag('Revisar de nuevo')).toBeTruthy();
  });

  it('a rename keeps every item’s meaning: items point at the tag, not its name', async () => {
    const [outcome] = await registerEvidence(database, caseId, [{ fields: fields('a'), file: null }]);
    const hot = await tag('Clave');
    await applyCoding(database, caseId, [outcome!.status === 'registered' ? outcome!.item.id : ''], { addTagIds: [hot.id] });
    expect(await updateTag(database, hot.id, { name: 'Caliente' })).toBeNull();
    const item = (await database.evidencePages.toCollection().toArray().then((pages) => pages.flatMap((p) => p.items)))[0]!;
    expect(item.tagIds).toEqual([hot.id]);
    expect((await database.tags.get(hot.id))!.name).toBe('Caliente');
  });

  it('refuses a duplicate name in a group, a key already in use and the keys review mode needs', async () => {
    const hot = await tag('Clave');
    expect(await updateTag(database, hot.id, { name: 'relevante' })).toBe('name-taken');
    expect(await updateTag(database, hot.id, { shortcut: 'd' })).toBe('shortcut-taken');
    expect(await updateTag(database, hot.id, { shortcut: 'j' })).toBe('shortcut-reserved');
    expect(await updateTag(database, hot.id, { shortcut: 'q' })).toBeNull();
    const review = (await database.tagGroups.where('caseId').equals(caseId).filter((g) => g.name === 'Revisión').first())!;
    expect(await addTag(database, review, ' ', '#000000')).toBe('name-required');
    expect(await addTag(database, review, 'Privilegiado', '#000000')).toMatchObject({ name: 'Privilegiado', order: 4 });
  });

  it('merging moves every item to the surviving tag, archives the other and logs each item', async () => {
    const outcomes = await registerEvidence(database, caseId, ['a', 'b'].map((t) => ({ fields: fields(t), file: null })));
    const ids = outcomes.map((o) => (o.status === 'registered' ? o.item.id : ''));
    const [harassment, ncii] = [await tag('Acoso'), await tag('Imagen íntima sin consentimiento')];
    await applyCoding(database, caseId, ids, { addTagIds: [harassment.id] });
    await applyCoding(database, caseId, [ids[0]!], { addTagIds: [ncii.id] });
    expect(await mergeTags(database, harassment.id, ncii.id)).toBe(2);
    for (const item of await database.evidencePages.toCollection().toArray().then((pages) => pages.flatMap((p) => p.items))) expect(item.tagIds).toEqual([ncii.id]);
    expect((await database.tags.get(harassment.id))!.archivedAt).not.toBeNull();
    const log = await auditEntriesOf(database, caseId);
    expect(log.filter((e) => e.action === 'tag.merge')).toHaveLength(1);
    expect(verifyAuditChain(log).intact).toBe(true);
  });

  it('archiving keeps the tag on items but frees its key', async () => {
    const hot = await tag('Clave');
    await archiveTag(database, hot.id);
    expect(await database.tags.get(hot.id)).toMatchObject({ shortcut: null });
    expect((await database.tags.get(hot.id))!.archivedAt).not.toBeNull();
  });
});
