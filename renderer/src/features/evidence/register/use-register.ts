import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { applyFilter } from '@shared/review/filter';
import { toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import { db } from '../../../db/database';
import { firstEvidence } from '../../../db/evidence-store';
import { followCasePages } from '../../../db/follow-case-pages';
import { useUiStore } from '../../../store/ui-store';
import { RegisterPages } from './register-pages';
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
  /** The last read of the whole register (or of what a write changed) failed; another is on its way. */
  hasFailed: boolean;
}

interface WholeRegister { caseId: string; rows: readonly RegisterRow[] | undefined; hasFailed: boolean }

/**
 * Every row of the case, followed page by page: read whole once, then only
 * the stored pages each write touches, in this window or another (see
 * followCasePages). Leaving the register (or its case) stops a read under way.
 */
function useWholeRegister(caseId: string, isWanted: boolean): WholeRegister | undefined {
  const [whole, setWhole] = useState<WholeRegister>();
  useEffect(() => {
    if (!isWanted) return undefined;
    const pages = new RegisterPages(db, caseId);
    const stop = followCasePages(db, caseId, {
      loadAll: (signal) => pages.loadAll(signal),
      readPages: (read) => pages.readPages(read),
      onRead: ({ error }) => {
        if (error) console.error('register of evidence', error);
        setWhole({ caseId, rows: pages.rows, hasFailed: error !== undefined });
      },
    });
    return () => {
      stop();
      setWhole(undefined);
    };
  }, [caseId, isWanted]);
  return whole?.caseId === caseId ? whole : undefined;
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
  const firstRead = useLiveQuery(
    async () => ({ caseId, rows: (await firstEvidence(db, caseId, FIRST_SCREEN, (e) => (e.archivedAt !== null) === isShowingArchived)).map(toRegisterRow) }),
    [caseId, isShowingArchived],
  );
  // Right after a switch of case the live query still holds the last case's rows: they are not this case's first screen.
  const firstScreen = firstRead?.caseId === caseId ? firstRead.rows : undefined;
  // The full read starts once the first screen is in, so the two do not compete; and goes on while the case stays
  // open (a first screen read again, with the archived shown or not, must not start the whole read over).
  const wholeFor = useRef<string | null>(null);
  if (firstScreen !== undefined) wholeFor.current = caseId;
  const whole = useWholeRegister(caseId, wholeFor.current === caseId);
  const all = whole?.rows;
  const visible = useMemo(() => all?.filter((e) => (e.archivedAt !== null) === isShowingArchived), [all, isShowingArchived]);
  return useMemo(() => {
    // Sort, then filter: the sort keys stay cached per loaded list while filters change.
    const loaded = visible ?? firstScreen;
    if (!loaded) return undefined;
    const sorted = sortRegister(loaded, sort);
    return { items: applyFilter(sorted, filter), unfiltered: sorted, isComplete: visible !== undefined, hasFailed: whole?.hasFailed ?? false };
  }, [visible, firstScreen, sort, filter, whole?.hasFailed]);
}
