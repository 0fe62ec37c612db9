import { useMemo } from 'react';
import { useUiStore } from '../../store/ui-store';
import { registerColumns, type ColumnDef } from '../evidence/register/register-columns';

/** The register's columns the user has not hidden, in order; the exhibit number always stays. */
export function useVisibleColumns(): readonly ColumnDef[] {
  const hidden = useUiStore((s) => s.hiddenColumns);
  return useMemo(() => registerColumns.filter((c) => c.id === 'exhibitNo' || !hidden.has(c.id)), [hidden]);
}
