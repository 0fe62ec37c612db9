import { useEffect, useMemo, useState } from 'react';
import type { ExistingItemKey } from '@shared/import/duplicates';
import { rowPlanner, summarisePlan, type ImportPlan, type PlannedRow } from '@shared/import/import-plan';
import type { ImportMapping } from '@shared/import/import-mapping';
import type { ParsedCsv } from '@shared/import/parse-csv';

export const PREVIEW_ROWS = 8;
/** Rows checked per task: large files are checked in slices so the window keeps responding. */
const SLICE = 2_000;

export interface PlanState {
  preview: PlannedRow[];
  /** Every row checked, once done; null while checking. */
  plan: ImportPlan | null;
  checked: number;
}

/** The preview at once, and every row of the file checked in the background whenever the mapping changes. */
export function useImportPlan(parsed: ParsedCsv | undefined, mapping: ImportMapping | null, existing: readonly ExistingItemKey[] | undefined): PlanState {
  const [full, setFull] = useState<{ plan: ImportPlan | null; checked: number }>({ plan: null, checked: 0 });

  const preview = useMemo(() => {
    if (!parsed || !mapping || !existing) return [];
    const plan = rowPlanner(parsed, mapping, existing, new Date());
    return parsed.rows.slice(0, PREVIEW_ROWS).map((_, i) => plan(i));
  }, [parsed, mapping, existing]);

  useEffect(() => {
    if (!parsed || !mapping || !existing) return;
    let isCurrent = true;
    setFull({ plan: null, checked: 0 });
    const plan = rowPlanner(parsed, mapping, existing, new Date());
    const rows: PlannedRow[] = [];
    const step = () => {
      if (!isCurrent) return;
      const end = Math.min(rows.length + SLICE, parsed.rows.length);
      for (let i = rows.length; i < end; i += 1) rows.push(plan(i));
      if (rows.length < parsed.rows.length) {
        setFull({ plan: null, checked: rows.length });
        setTimeout(step, 0);
      } else setFull({ plan: summarisePlan(rows), checked: rows.length });
    };
    const timer = setTimeout(step, 0);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [parsed, mapping, existing]);

  return { preview, ...full };
}
