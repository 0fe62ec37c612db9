import { useTranslation } from 'react-i18next';
import type { MergeChoices, RowChoice } from '@shared/archive/merge/merge-choices';
import type { KindCounts } from './merge-counts';
import { MergeRowItem } from './MergeRowItem';

/** One kind's rows, expandable: new and changed rows listed with their choices, identical ones only counted. */
export function MergeKindSection({ counts, choices, names, onChoose }: { counts: KindCounts; choices: MergeChoices; names: ReadonlyMap<string, string>; onChoose(key: string, choice: RowChoice): void }) {
  const { t } = useTranslation();
  const listed = counts.rows.filter((r) => r.status !== 'identical');
  if (listed.length === 0) return null;
  return (
    <details className="merge-kind" open={counts.conflicts > 0 || listed.length <= 8}>
      <summary>
        <span className="merge-kind__name">{t(`archive.merge.kinds.${counts.kind}`)}</span>
        <span className="merge-kind__counts">{t('archive.merge.kindCounts', { new: counts.new, changed: counts.changed, identical: counts.identical })}</span>
      </summary>
      <ul className="merge-kind__rows" aria-label={t(`archive.merge.kinds.${counts.kind}`)}>
        {listed.map((row) => <MergeRowItem key={row.key} row={row} choices={choices} names={names} onChoose={onChoose} />)}
      </ul>
      {counts.identical > 0 && <p className="merge-kind__identical">{t('archive.merge.identicalRows', { count: counts.identical })}</p>}
    </details>
  );
}
