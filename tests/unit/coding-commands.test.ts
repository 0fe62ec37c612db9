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
import { applyCoding, undoCoding } from '../../renderer/src/features/review/data/coding-commands';
import { getEvidence } from '../../renderer/src/db/evidence-store';

let database: ExpedienteDatabase;
let caseId: string;
let itemIds: string[];
const tagId = async (name: string) => (await database.tags.where('caseId').equals(caseId).filter((t) => t.name === name).first())!.id;
const fields = (title: string): EvidenceFields => ({
  title, kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '', publishedAt: null, capturedAt: null,
  captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '', sensitivity: 'normal', externalReference: '', notes: '',
});

beforeEach(async () => {
  database = new ExpedienteDatabase(`coding-${crypto.randomUUID()}`);
  caseId = (await caseCommands(database).create({ ...emptyCaseInput, title: 'Case' }, 'en')).id;
  const outcomes = await registerEvidence(database, caseId, ['a', 'b', 'c'].map((t) => ({ fields: fields(t), file: null })));
  itemIds = outcomes.map((o) => (o.status === 'registered' ? o.item.id : ''));
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('coding', () => {
  it('every new case starts with the default platform-liability tag set', async () => {
    const groups = await database.tagGroups.where('caseId').equals(caseId).sortBy('order');
    expect(groups.map((g) => [g.name, g.isSingleChoice])).toEqual([['Platform', true], ['Harm', false], ['Review', true]]);
    expect((await database.tags.where('caseId').equals(caseId).toArray()).map((t) => t.name)).toContain('Needs second look');
  });

  it('bulk-tags in one action with one audit entry per item, and undoes it as a whole', async () => {
    const deepfake = await tagId('Sexual deepfake');
    const undo = await applyCoding(database, caseId, itemIds, { addTagIds: [deepfake], reviewStatus: 'first-pass' });
    expect(undo.before).toHaveLength(3);
    for (const id of itemIds) expect(await getEvidence(database, id)).toMatchObject({ tagIds: [deepfake], reviewStatus: 'first-pass' });
    let log = await auditEntriesOf(database, caseId);
    expect(log.filter((e) => e.action === 'evidence.code')).toHaveLength(3);

    expect(await undoCoding(database, undo)).toBe(3);
    for (const id of itemIds) expect(await getEvidence(database, id)).toMatchObject({ tagIds: [], reviewStatus: 'unreviewed' });
    log = await auditEntriesOf(database, caseId);
    expect(log.filter((e) => e.action === 'evidence.code-undo')).toHaveLength(3);
    expect(verifyAuditChain(log).intact).toBe(true);
  });

  it('a single-choice group keeps one tag: choosing TikTok drops X', async () => {
    const [x, tiktok, hot] = [await tagId('X'), await tagId('TikTok'), await tagId('Hot')];
    await applyCoding(database, caseId, [itemIds[0]!], { addTagIds: [x, hot] });
    await applyCoding(database, caseId, [itemIds[0]!], { addTagIds: [tiktok] });
    expect((await getEvidence(database, itemIds[0]!))!.tagIds.sort()).toEqual([hot, tiktok].sort());
  });

  it('logs nothing for items the action does not change', async () => {
    const hot = await tagId('Hot');
    await applyCoding(database, caseId, [itemIds[0]!], { addTagIds: [hot] });
    const undo = await applyCoding(database, caseId, itemIds, { addTagIds: [hot] });
    expect(undo.before.map((b) => b.id)).toEqual([itemIds[1], itemIds[2]]);
  });
});
