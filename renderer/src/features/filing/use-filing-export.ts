import { useState } from 'react';
import { sha256Hex } from '@shared/audit/sha256';
import { buildFilingModel, type FilingWarning } from '@shared/filing';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { loadCaseSnapshot } from '../export/data/load-snapshot';
import { recordFilingExport, type FilingFormat } from './data/record-filing-export';
import { writeFiling } from './data/writers';
import { toFilingOptions, type FilingFormValues } from './filing-form';

export interface SavedFiling {
  format: FilingFormat;
  fileName: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  warnings: FilingWarning[];
}

export type FilingExportState =
  | { phase: 'idle' }
  | { phase: 'working'; format: FilingFormat }
  | { phase: 'saved'; saved: SavedFiling }
  | { phase: 'cancelled' }
  | { phase: 'not-recorded' }
  | { phase: 'failed'; message: string };

const FILTERS: Record<FilingFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
};

/**
 * Build → write → save → record. The case is read afresh at the click, so the
 * file matches the case as it is, not as the preview last saw it. Nothing is
 * recorded unless the file was saved.
 */
export function useFilingExport(caseId: string) {
  const [state, setState] = useState<FilingExportState>({ phase: 'idle' });

  /** Resolves to what was saved, or null when nothing was (cancelled, failed, not recorded). */
  const exportAs = async (format: FilingFormat, values: FilingFormValues): Promise<SavedFiling | null> => {
    setState({ phase: 'working', format });
    try {
      const doc = buildFilingModel(await loadCaseSnapshot(db, caseId), toFilingOptions(values));
      const written = await writeFiling(doc, format);
      const sha256 = sha256Hex(written.bytes);
      const result = await shell.saveBytes({ suggestedName: `${doc.fileName}.${format}`, bytes: written.bytes, filters: [FILTERS[format]] });
      if (result.status !== 'saved') {
        setState({ phase: 'cancelled' });
        return null;
      }
      const record = await withStorageErrors(() => recordFilingExport(db, caseId, {
        format, fileName: result.name, sha256, size: written.bytes.byteLength, pageCount: written.pageCount, options: doc.options,
      }));
      if (!record) {
        setState({ phase: 'not-recorded' });
        return null;
      }
      const saved: SavedFiling = { format, fileName: result.name, size: written.bytes.byteLength, sha256, pageCount: written.pageCount, warnings: written.warnings };
      setState({ phase: 'saved', saved });
      return saved;
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  };

  return { state, exportAs, reset: () => setState({ phase: 'idle' }) };
}
