import { filingToDocx, filingToPdf, type FilingDocument, type FilingWarning } from '@shared/filing';
import { loadBundleFonts } from '../../export/data/fonts';
import type { FilingFormat } from './record-filing-export';

export interface WrittenFiling {
  bytes: Uint8Array;
  /** Null for DOCX: Word lays the pages out. */
  pageCount: number | null;
  warnings: FilingWarning[];
}

/** The feature's one door to the shared writers: a laid-out filing to the bytes of a file. */
export async function writeFiling(doc: FilingDocument, format: FilingFormat): Promise<WrittenFiling> {
  if (format === 'docx') return { bytes: await filingToDocx(doc), pageCount: null, warnings: [] };
  const written = await filingToPdf(doc, await loadBundleFonts());
  return { bytes: written.bytes, pageCount: written.pageCount, warnings: written.warnings };
}
