import type { SavedView } from '@shared/domain/types';
import { auditTables, type ExpedienteDatabase } from '../../../db/database';
import { appendAudit } from '../../../db/audit-log';

const ACTOR = 'local user';
export type ViewState = Pick<SavedView, 'filter' | 'searchText' | 'sort' | 'hiddenColumns' | 'columnWidths'>;

/** Saves the register's current filter, search, sort and columns under a name; one view per case can be the default. */
export function saveView(database: ExpedienteDatabase, caseId: string, name: string, state: ViewState, isDefault: boolean, now = () => new Date()): Promise<SavedView> {
  return database.transaction('rw', [database.savedViews, ...auditTables(database)], async () => {
    const view: SavedView = { id: crypto.randomUUID(), caseId, name: name.trim(), ...state, isDefault, createdAt: now().toISOString() };
    if (isDefault) await clearDefault(database, caseId);
    await database.savedViews.add(view);
    await appendAudit(database, {
      caseId, at: view.createdAt, actor: ACTOR, action: 'view.save', entity: 'view', entityId: view.id,
      summary: `View saved: ${view.name}${isDefault ? ' (default)' : ''}`, change: view,
    });
    return view;
  });
}

export function setDefaultView(database: ExpedienteDatabase, view: SavedView, now = () => new Date()): Promise<void> {
  return database.transaction('rw', [database.savedViews, ...auditTables(database)], async () => {
    await clearDefault(database, view.caseId);
    await database.savedViews.update(view.id, { isDefault: true });
    await appendAudit(database, {
      caseId: view.caseId, at: now().toISOString(), actor: ACTOR, action: 'view.default', entity: 'view', entityId: view.id,
      summary: `Default view: ${view.name}`, change: { isDefault: true },
    });
  });
}

export function deleteView(database: ExpedienteDatabase, view: SavedView, now = () => new Date()): Promise<void> {
  return database.transaction('rw', [database.savedViews, ...auditTables(database)], async () => {
    await database.savedViews.delete(view.id);
    await appendAudit(database, {
      caseId: view.caseId, at: now().toISOString(), actor: ACTOR, action: 'view.delete', entity: 'view', entityId: view.id,
      summary: `View deleted: ${view.name}`, change: { name: view.name },
    });
  });
}

async function clearDefault(database: ExpedienteDatabase, caseId: string): Promise<void> {
  await database.savedViews.where('caseId').equals(caseId).modify({ isDefault: false });
}
