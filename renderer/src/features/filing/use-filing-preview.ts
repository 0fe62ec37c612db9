import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildFilingModel, type FilingDocument } from '@shared/filing';
import { db } from '../../db/database';
import { loadCaseSnapshot } from '../export/data/load-snapshot';
import { toFilingOptions, type FilingFormValues } from './filing-form';
import { useDebouncedValue } from './use-debounced-value';

const DELAY_MS = 250;

/** The filing as it would be built now, rebuilt once typing pauses and whenever the case changes. */
export function useFilingPreview(caseId: string, values: FilingFormValues): { doc: FilingDocument | null; isPending: boolean } {
  const snapshot = useLiveQuery(() => loadCaseSnapshot(db, caseId), [caseId]);
  const settled = useDebouncedValue(values, JSON.stringify(values), DELAY_MS);
  const doc = useMemo(() => (snapshot ? buildFilingModel(snapshot, toFilingOptions(settled.value)) : null), [snapshot, settled.value]);
  return { doc, isPending: settled.isPending || !snapshot };
}
