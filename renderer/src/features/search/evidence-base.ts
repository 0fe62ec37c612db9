import { grown } from '@shared/search/byte-text';
import { evidenceFlags, searchedFields, toSearchDoc, type SearchDoc } from '@shared/search/evidence-index';
import { FrozenBuilder } from '@shared/search/frozen-builder';
import { transferablesOf, type FrozenIndexData } from '@shared/search/frozen-index';
import type { ExpedienteDatabase } from '../../db/database';
import { eachEvidencePageOfPart } from '../../db/evidence-store';
import type { PartEnd, PartRange } from '../../db/read-in-parts';

/** The whole case's evidence index, frozen in parts, and the stored page each of its records came from. */
export interface EvidenceBase {
  parts: FrozenIndexData[];
  /** By record number: ascending, since pages are read in order. */
  pageOf: Uint32Array;
  /** Time spent indexing, apart from reading the pages. */
  buildMs: number;
}

/** One part of it: the records of some pages, numbered on from the parts before. */
export interface EvidenceBasePart extends PartEnd {
  index: FrozenIndexData;
  pageOf: Uint32Array;
  buildMs: number;
}

/** The pages a part reads, and the number of its first record. */
export type BasePartRange = PartRange & { first: number };

/**
 * Reads stored pages of the case in order and builds their frozen evidence
 * index as it reads: each item is indexed and let go of, never held with the
 * rest.
 */
export async function readEvidenceBasePart(
  db: ExpedienteDatabase, caseId: string, signal: AbortSignal, range: BasePartRange = { afterPage: -Infinity, first: 0, maxItems: Infinity },
): Promise<EvidenceBasePart> {
  const builder = new FrozenBuilder<(typeof searchedFields)[number], SearchDoc>(searchedFields, evidenceFlags.flagsOf, range.first);
  let pageOf = new Uint32Array(1 << 12);
  let count = 0;
  let buildMs = 0;
  const end = await eachEvidencePageOfPart(db, caseId, range, (items, pages) => {
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
  return { index, pageOf: pageOf.slice(0, count), buildMs: buildMs + performance.now() - t0, ...end };
}

/** The whole case in one part. */
export async function readEvidenceBase(db: ExpedienteDatabase, caseId: string, signal: AbortSignal): Promise<EvidenceBase> {
  return joinParts([await readEvidenceBasePart(db, caseId, signal)]);
}

export function joinParts(parts: readonly EvidenceBasePart[]): EvidenceBase {
  const pageOf = new Uint32Array(parts.reduce((sum, part) => sum + part.pageOf.length, 0));
  let at = 0;
  for (const part of parts) {
    pageOf.set(part.pageOf, at);
    at += part.pageOf.length;
  }
  return { parts: parts.map((part) => part.index), pageOf, buildMs: parts.reduce((sum, part) => sum + part.buildMs, 0) };
}

export const partTransferables = (part: EvidenceBasePart): ArrayBuffer[] => [...transferablesOf(part.index), part.pageOf.buffer as ArrayBuffer];
