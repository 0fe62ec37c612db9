import { grown } from '@shared/search/byte-text';
import { evidenceFlags, searchedFields, toSearchDoc, type SearchDoc } from '@shared/search/evidence-index';
import { FrozenBuilder } from '@shared/search/frozen-builder';
import { transferablesOf, type FrozenIndexData } from '@shared/search/frozen-index';
import type { ExpedienteDatabase } from '../../db/database';
import { eachEvidencePage } from '../../db/evidence-store';

/** The whole case's evidence index, frozen, and the stored page each of its records came from. */
export interface EvidenceBase {
  index: FrozenIndexData;
  /** By the frozen index's record number: ascending, since pages are read in order. */
  pageOf: Uint32Array;
  /** Time spent indexing, apart from reading the pages. */
  buildMs: number;
}

/**
 * Reads every stored page of the case and builds its frozen evidence index
 * as it reads: each item is indexed and let go of, never held with the rest.
 */
export async function readEvidenceBase(db: ExpedienteDatabase, caseId: string, signal: AbortSignal): Promise<EvidenceBase> {
  const builder = new FrozenBuilder<(typeof searchedFields)[number], SearchDoc>(searchedFields, evidenceFlags.flagsOf);
  let pageOf = new Uint32Array(1 << 12);
  let count = 0;
  let buildMs = 0;
  await eachEvidencePage(db, caseId, (items, pages) => {
    const t0 = performance.now();
    let at = 0;
    for (const { page, count: onPage } of pages) {
      for (const item of items.slice(at, (at += onPage))) {
        builder.add(toSearchDoc(item));
        if (count === pageOf.length) pageOf = grown(pageOf, count + 1);
        pageOf[count] = page;
        count += 1;
      }
    }
    buildMs += performance.now() - t0;
  }, signal);
  const t0 = performance.now();
  const index = builder.finish();
  return { index, pageOf: pageOf.slice(0, count), buildMs: buildMs + performance.now() - t0 };
}

export const baseTransferables = (base: EvidenceBase): ArrayBuffer[] => [...transferablesOf(base.index), base.pageOf.buffer as ArrayBuffer];
