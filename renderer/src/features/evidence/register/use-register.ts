import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { applyFilter } from '@shared/review/filter';
import { toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import { db } from '../../../db/database';
import { firstEvidence } from '../../../db/evidence-store';
import { useUiStore } from '../../../store/ui-store';
import { loadRegister } from './load-register';
import { sortRegister } from './register-columns';

/** Enough rows to fill the first screen while the whole register loads. */
const FIRST_SCREEN = 60;

export interface Register {
  /** The items shown: filtered and sorted. */
  items: readonly RegisterRow[];
  /** Everything loaded before the filter (archived or not, as chosen), sorted. */
  unfiltered: readonly RegisterRow[];
  /** False while only the first screen is loaded (a large register reads in the background). */
  isComplete: boolean;
}

/**
 * The case's evidence as the register shows it: archived or not, sorted.
 * The first screen comes from the first stored pages at once; the whole
 * list follows, so a 100,000-item register shows rows before it has read them all.
 */
export function useRegister(caseId: string): Register | undefined {
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedEvidence);
  const sort = useUiStore((s) => s.registerSort);
  const filter = useUiStore((s) => s.filter);
  const firstScreen = useLiveQuery(
    async () => (await firstEvidence(db, caseId, FIRST_SCREEN, (e) => (e.archivedAt !== null) === isShowingArchived)).map(toRegisterRow),
    [caseId, isShowingArchived],
  );
  // The full read starts once the first screen is in, so the two do not compete.
  const hasFirstScreen = firstScreen !== undefined;
  // Leaving the register (or its case) stops a full read still under way. Declared before the live query, so on a
  // change its abort runs before the live query re-subscribes, and the new read gets the new signal.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    reading.current = controller;
    return () => controller.abort();
  }, [caseId, hasFirstScreen]);
  const all = useLiveQuery(() => (hasFirstScreen ? loadRegister(db, caseId, reading.current?.signal) : undefined), [caseId, hasFirstScreen]);
  const visible = useMemo(() => all?.filter((e) => (e.archivedAt !== null) === isShowingArchived), [all, isShowingArchived]);
  return useMemo(() => {
    // Sort, then filter: the sort keys stay cached per loaded list while filters change.
    const loaded = visible ?? firstScreen;
    if (!loaded) return undefined;
    const sorted = sortRegister(loaded, sort);
    return { items: applyFilter(sorted, filter), unfiltered: sorted, isComplete: visible !== undefined };
  }, [visible, firstScreen, sort, filter]);
}
