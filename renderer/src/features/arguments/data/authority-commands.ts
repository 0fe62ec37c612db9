import type { Authority } from '@shared/domain/types';
import type { AuthorityForm } from '@shared/legal/authority-input';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';
type Now = () => Date;
const clock: Now = () => new Date();

type AuthorityFields = Omit<Authority, 'id' | 'caseId' | 'catalogueRef' | 'archivedAt'>;

function fieldsOf(form: AuthorityForm): AuthorityFields {
  if (!form.citation.trim()) throw new Error('An authority needs its citation');
  return {
    kind: form.kind, citation: form.citation.trim(), title: form.title.trim(), ecli: form.ecli.trim().toUpperCase(), court: form.court.trim(),
    date: form.date.trim() || null, pinpoint: form.pinpoint.trim(), url: form.url.trim(),
  };
}

/** Adds a case law, guidance or other authority of the user's own to the case. */
export function createAuthority(database: ExpedienteDatabase, caseId: string, form: AuthorityForm, now: Now = clock): Promise<Authority> {
  const fields = fieldsOf(form);
  return database.transaction('rw', [database.cases, database.authorities, ...auditTables(database)], async () => {
    if (!(await database.cases.get(caseId))) throw new Error(`No case ${caseId}`);
    const authority: Authority = { id: crypto.randomUUID(), caseId, ...fields, catalogueRef: null, archivedAt: null };
    await database.authorities.add(authority);
    await appendAudit(database, {
      caseId, at: now().toISOString(), actor: ACTOR, action: 'authority.create', entity: 'authority', entityId: authority.id,
      summary: `Authority added: ${authority.citation}`, change: authority,
    });
    return authority;
  });
}

export function updateAuthority(database: ExpedienteDatabase, id: string, form: AuthorityForm, now: Now = clock): Promise<string[]> {
  const fields = fieldsOf(form);
  return database.transaction('rw', [database.authorities, ...auditTables(database)], async () => {
    const before = await database.authorities.get(id);
    if (!before) throw new Error(`No authority ${id}`);
    const changed = (Object.keys(fields) as (keyof AuthorityFields)[]).filter((k) => (before[k] ?? '') !== (fields[k] ?? ''));
    if (changed.length === 0) return [];
    await database.authorities.put({ ...before, ...fields });
    await appendAudit(database, {
      caseId: before.caseId, at: now().toISOString(), actor: ACTOR, action: 'authority.edit', entity: 'authority', entityId: id,
      summary: `Authority "${fields.citation}" edited: ${changed.join(', ')}`,
      change: Object.fromEntries(changed.map((k) => [k, { from: before[k] ?? null, to: fields[k] }])),
    });
    return changed;
  });
}

/** Archived authorities leave the pickers; a citation to one shows as broken until it is restored or replaced. */
export function setAuthorityArchived(database: ExpedienteDatabase, id: string, isArchived: boolean, now: Now = clock): Promise<void> {
  return database.transaction('rw', [database.authorities, ...auditTables(database)], async () => {
    const authority = await database.authorities.get(id);
    if (!authority) throw new Error(`No authority ${id}`);
    if (Boolean(authority.archivedAt) === isArchived) return;
    const at = now().toISOString();
    await database.authorities.update(id, { archivedAt: isArchived ? at : null });
    await appendAudit(database, {
      caseId: authority.caseId, at, actor: ACTOR, action: isArchived ? 'authority.archive' : 'authority.restore', entity: 'authority',
      entityId: id, summary: `Authority "${authority.citation}" ${isArchived ? 'archived' : 'restored'}`, change: { archived: isArchived },
    });
  });
}
