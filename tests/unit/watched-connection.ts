import type { DBCore } from 'dexie';
import { ExpedienteDatabase } from '../../renderer/src/db/database';

type Core = ReturnType<DBCore['table']>;

/** What a test does with a connection's reads of stored evidence pages: look, count, or fail them. */
export interface PageReadHooks {
  getMany?: (req: Parameters<Core['getMany']>[0], next: Core['getMany']) => ReturnType<Core['getMany']>;
  query?: (req: Parameters<Core['query']>[0], next: Core['query']) => ReturnType<Core['query']>;
}

/**
 * A second connection to a test database (as a worker's or another window's
 * would be), with its reads of stored evidence pages passed through `hooks`.
 */
export function watchedConnection(name: string, hooks: PageReadHooks): ExpedienteDatabase {
  const connection = new ExpedienteDatabase(name);
  connection.use({
    stack: 'dbcore', name: 'watch-page-reads',
    create: (down) => ({
      ...down,
      table: (table) => {
        const core = down.table(table);
        if (table !== 'evidencePages') return core;
        const getMany: Core['getMany'] = (req) => core.getMany(req);
        const query: Core['query'] = (req) => core.query(req);
        return {
          ...core,
          getMany: (req) => (hooks.getMany ? hooks.getMany(req, getMany) : getMany(req)),
          query: (req) => (hooks.query ? hooks.query(req, query) : query(req)),
        };
      },
    }),
  });
  return connection;
}
