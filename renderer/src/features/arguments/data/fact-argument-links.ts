import type { ArgumentElement } from '@shared/domain/types';
import type { ExpedienteDatabase } from '../../../db/database';

/**
 * Keeps Fact.argumentIds (what "Facts by issue" groups by) in step with the
 * facts an argument's elements rest on. Runs inside the caller's transaction.
 */
export async function syncFactArgumentLinks(
  database: ExpedienteDatabase, argumentId: string, before: readonly ArgumentElement[], after: readonly ArgumentElement[],
): Promise<void> {
  const was = new Set(before.flatMap((e) => e.factIds));
  const now = new Set(after.flatMap((e) => e.factIds));
  const touched = [...new Set([...was, ...now])].filter((id) => was.has(id) !== now.has(id));
  for (const fact of await database.facts.bulkGet(touched)) {
    if (!fact) continue;
    const ids = fact.argumentIds.filter((id) => id !== argumentId);
    await database.facts.update(fact.id, { argumentIds: now.has(fact.id) ? [...ids, argumentId] : ids });
  }
}
