import { caseInputSchema, type CaseInput } from '@shared/domain/case-input';
import type { Case, Locale } from '@shared/domain/types';
import { DEFAULT_EXHIBIT_PREFIX } from '@shared/evidence/exhibit-number';
import { auditTables, type ExpedienteDatabase } from '../../db/database';
import { appendAudit } from '../../db/audit-log';
import { defaultTagSet } from '../tags/data/default-tag-set';

const ACTOR = 'local user';

function changedFields(before: Case, after: Case): (keyof Case)[] {
  return (Object.keys(after) as (keyof Case)[]).filter((k) => k !== 'updatedAt' && before[k] !== after[k]);
}

/** Case writes. Each is one transaction: the case row and its audit entry land together. */
export function caseCommands(database: ExpedienteDatabase, now: () => Date = () => new Date()) {
  return {
    async create(input: CaseInput, defaultLocale: Locale): Promise<Case> {
      const fields = caseInputSchema.parse(input);
      const at = now().toISOString();
      const created: Case = {
        id: crypto.randomUUID(),
        ...fields,
        hearingDate: fields.hearingDate || null,
        status: 'active',
        summary: '',
        defaultLocale,
        exhibitPrefix: DEFAULT_EXHIBIT_PREFIX,
        lastExhibitCounter: 0,
        lastPseudonymNumber: 0,
        lastFactNumber: 0,
        createdAt: at,
        updatedAt: at,
      };
      const tagSet = defaultTagSet(created.id, defaultLocale);
      await database.transaction('rw', [database.cases, database.tagGroups, database.tags, ...auditTables(database)], async () => {
        await database.cases.add(created);
        await database.tagGroups.bulkAdd(tagSet.groups);
        await database.tags.bulkAdd(tagSet.tags);
        await appendAudit(database, {
          caseId: created.id, at, actor: ACTOR, action: 'case.create', entity: 'case', entityId: created.id,
          summary: `Case created: ${created.title}`, change: { ...created, tagGroups: tagSet.groups, tags: tagSet.tags },
        });
      });
      return created;
    },

    async update(id: string, input: CaseInput): Promise<void> {
      const fields = caseInputSchema.parse(input);
      await database.transaction('rw', [database.cases, ...auditTables(database)], async () => {
        const before = await database.cases.get(id);
        if (!before) throw new Error(`No case ${id}`);
        const after: Case = { ...before, ...fields, hearingDate: fields.hearingDate || null, updatedAt: now().toISOString() };
        const changed = changedFields(before, after);
        if (changed.length === 0) return;
        await database.cases.put(after);
        await appendAudit(database, {
          caseId: id, at: after.updatedAt, actor: ACTOR, action: 'case.update', entity: 'case', entityId: id,
          summary: `Case details changed: ${changed.join(', ')}`,
          change: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
        });
      });
    },

    async setArchived(id: string, isArchived: boolean): Promise<void> {
      await database.transaction('rw', [database.cases, ...auditTables(database)], async () => {
        const before = await database.cases.get(id);
        if (!before) throw new Error(`No case ${id}`);
        const status = isArchived ? 'archived' : 'active';
        if (before.status === status) return;
        const at = now().toISOString();
        await database.cases.update(id, { status, updatedAt: at });
        await appendAudit(database, {
          caseId: id, at, actor: ACTOR, action: isArchived ? 'case.archive' : 'case.restore', entity: 'case', entityId: id,
          summary: isArchived ? 'Case archived' : 'Case restored', change: { status: { from: before.status, to: status } },
        });
      });
    },
  };
}

export type CaseCommands = ReturnType<typeof caseCommands>;
