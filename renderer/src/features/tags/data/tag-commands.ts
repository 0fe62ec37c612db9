import type { Tag, TagGroup } from '@shared/domain/types';
import { auditTables, evidenceTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit, auditBatch } from '../../../db/audit-log';
import { evidenceOfCase, putEvidence } from '../../../db/evidence-store';

const ACTOR = 'local user';
const stamp = () => new Date().toISOString();

type TagPatch = Partial<Pick<Tag, 'name' | 'colour' | 'shortcut' | 'order'>>;
type GroupPatch = Partial<Pick<TagGroup, 'name' | 'isSingleChoice' | 'order'>>;

export type TagProblem = 'name-required' | 'name-taken' | 'shortcut-taken' | 'shortcut-reserved';
/** Keys review mode keeps for itself. */
const RESERVED = new Set(['j', 'k', '?']);

async function problemWith(database: ExpedienteDatabase, tag: Tag, patch: TagPatch): Promise<TagProblem | null> {
  const siblings = await database.tags.where('caseId').equals(tag.caseId).filter((t) => t.id !== tag.id && t.archivedAt === null).toArray();
  if (patch.name !== undefined) {
    if (!patch.name.trim()) return 'name-required';
    if (siblings.some((t) => t.groupId === tag.groupId && t.name.toLowerCase() === patch.name!.trim().toLowerCase())) return 'name-taken';
  }
  if (patch.shortcut) {
    if (RESERVED.has(patch.shortcut.toLowerCase())) return 'shortcut-reserved';
    if (siblings.some((t) => t.shortcut?.toLowerCase() === patch.shortcut!.toLowerCase())) return 'shortcut-taken';
  }
  return null;
}

/**
 * Changes a tag. Items refer to tags by id, so a rename changes every item's
 * label at once and keeps its meaning.
 */
export function updateTag(database: ExpedienteDatabase, tagId: string, patch: TagPatch): Promise<TagProblem | null> {
  return database.transaction('rw', [database.tags, ...auditTables(database)], async () => {
    const tag = await database.tags.get(tagId);
    if (!tag) throw new Error(`No tag ${tagId}`);
    const clean: TagPatch = { ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) };
    const problem = await problemWith(database, tag, clean);
    if (problem) return problem;
    await database.tags.update(tagId, clean);
    await appendAudit(database, {
      caseId: tag.caseId, at: stamp(), actor: ACTOR, action: 'tag.update', entity: 'tag', entityId: tagId,
      summary: `Tag “${tag.name}” changed: ${Object.keys(clean).join(', ')}`,
      change: Object.fromEntries(Object.entries(clean).map(([k, v]) => [k, { from: tag[k as keyof Tag], to: v }])),
    });
    return null;
  });
}

export function addTag(database: ExpedienteDatabase, group: TagGroup, name: string, colour: string): Promise<TagProblem | Tag> {
  return database.transaction('rw', [database.tags, ...auditTables(database)], async () => {
    const existing = await database.tags.where('groupId').equals(group.id).toArray();
    const tag: Tag = {
      id: crypto.randomUUID(), caseId: group.caseId, groupId: group.id, name: name.trim(), colour, shortcut: null,
      order: existing.length, archivedAt: null,
    };
    if (!tag.name) return 'name-required';
    if (existing.some((t) => t.archivedAt === null && t.name.toLowerCase() === tag.name.toLowerCase())) return 'name-taken';
    await database.tags.add(tag);
    await appendAudit(database, {
      caseId: group.caseId, at: stamp(), actor: ACTOR, action: 'tag.create', entity: 'tag', entityId: tag.id,
      summary: `Tag “${tag.name}” added to ${group.name}`, change: tag,
    });
    return tag;
  });
}

export function updateGroup(database: ExpedienteDatabase, groupId: string, patch: GroupPatch): Promise<void> {
  return database.transaction('rw', [database.tagGroups, ...auditTables(database)], async () => {
    const group = await database.tagGroups.get(groupId);
    if (!group) throw new Error(`No tag group ${groupId}`);
    await database.tagGroups.update(groupId, patch);
    await appendAudit(database, {
      caseId: group.caseId, at: stamp(), actor: ACTOR, action: 'tag-group.update', entity: 'tag-group', entityId: groupId,
      summary: `Tag group “${group.name}” changed: ${Object.keys(patch).join(', ')}`, change: patch,
    });
  });
}

/** Archived tags leave pickers and filters; items keep them, so nothing coded is lost. */
export function archiveTag(database: ExpedienteDatabase, tagId: string): Promise<void> {
  return database.transaction('rw', [database.tags, ...auditTables(database)], async () => {
    const tag = await database.tags.get(tagId);
    if (!tag) return;
    await database.tags.update(tagId, { archivedAt: stamp(), shortcut: null });
    await appendAudit(database, {
      caseId: tag.caseId, at: stamp(), actor: ACTOR, action: 'tag.archive', entity: 'tag', entityId: tagId,
      summary: `Tag “${tag.name}” archived`, change: { archived: true },
    });
  });
}

/** Every item tagged `from` gets `into` instead (one audit entry each); `from` is archived. */
export function mergeTags(database: ExpedienteDatabase, fromId: string, intoId: string): Promise<number> {
  return database.transaction('rw', [database.tags, ...evidenceTables(database), ...auditTables(database)], async () => {
    const [from, into] = await database.tags.bulkGet([fromId, intoId]);
    if (!from || !into || from.caseId !== into.caseId || from.id === into.id) throw new Error('Tags to merge must be two tags of one case');
    const items = (await evidenceOfCase(database, from.caseId)).filter((e) => e.tagIds.includes(fromId));
    const audit = await auditBatch(database, from.caseId);
    const at = stamp();
    const updated = items.map((item) => {
      const tagIds = [...new Set(item.tagIds.map((id) => (id === fromId ? intoId : id)))];
      audit.add({
        caseId: item.caseId, at, actor: ACTOR, action: 'evidence.code', entity: 'evidence', entityId: item.id,
        summary: `${item.exhibitNo} coded: tag “${from.name}” merged into “${into.name}”`, change: { tags: { from: from.name, to: into.name } },
      });
      return { ...item, tagIds };
    });
    await putEvidence(database, updated);
    await database.tags.update(fromId, { archivedAt: at, shortcut: null });
    audit.add({
      caseId: from.caseId, at, actor: ACTOR, action: 'tag.merge', entity: 'tag', entityId: fromId,
      summary: `Tag “${from.name}” merged into “${into.name}” (${updated.length} items)`, change: { into: intoId, items: updated.length },
    });
    await audit.write();
    return updated.length;
  });
}
