import type { ExpedienteDatabase } from '../../../db/database';
import { eachEvidencePageOfPart } from '../../../db/evidence-store';
import type { PartEnd, PartRange } from '../../../db/read-in-parts';
import { RegisterBlockBuilder, type RegisterBlockData } from './register-block';

/** Some pages of a case read for the register, as one block of rows. */
export interface RegisterPart extends PartEnd { block: RegisterBlockData }

/** Reads one part of the case's pages (read-in-parts.ts) into a block of register rows (register-block.ts). */
export async function readRegisterPart(db: ExpedienteDatabase, caseId: string, range: PartRange, signal: AbortSignal): Promise<RegisterPart> {
  const builder = new RegisterBlockBuilder();
  const end = await eachEvidencePageOfPart(db, caseId, range, (items, pages) => {
    let at = 0;
    for (const { page, count } of pages) for (const item of items.slice(at, (at += count))) builder.add(item, page);
  }, signal);
  return { block: builder.finish(), ...end };
}
