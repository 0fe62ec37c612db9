import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../../db/database';
import { useUiStore } from '../../../store/ui-store';
import { sortRegister } from './register-columns';

/** The case's evidence as the register shows it: archived or not, sorted; undefined while loading. */
export function useRegister(caseId: string): EvidenceItem[] | undefined {
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedEvidence);
  const sort = useUiStore((s) => s.registerSort);
  const items = useLiveQuery(() => db.evidence.where('caseId').equals(caseId).toArray(), [caseId]);
  return useMemo(() => {
    if (!items) return undefined;
    const visible = items.filter((e) => (e.archivedAt !== null) === isShowingArchived);
    return sortRegister(visible, sort);
  }, [items, isShowingArchived, sort]);
}
