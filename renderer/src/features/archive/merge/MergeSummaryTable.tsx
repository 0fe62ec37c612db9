import { useTranslation } from 'react-i18next';
import type { KindCounts } from './merge-counts';

/** The counts per kind at a glance; the lists below hold the rows. */
export function MergeSummaryTable({ counts }: { counts: KindCounts[] }) {
  const { t } = useTranslation();
  const cell = (n: number, tone: string) => <td className={n ? `merge-summary__n merge-summary__n--${tone}` : 'merge-summary__n merge-summary__n--zero'}>{n}</td>;
  return (
    <table className="merge-summary" aria-label={t('archive.merge.summary')}>
      <thead>
        <tr>
          <th scope="col">{t('archive.merge.kind')}</th><th scope="col">{t('archive.merge.new')}</th><th scope="col">{t('archive.merge.changed')}</th>
          <th scope="col">{t('archive.merge.conflicts')}</th><th scope="col">{t('archive.merge.identical')}</th><th scope="col">{t('archive.merge.onlyOurs')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.kind}>
            <th scope="row">{t(`archive.merge.kinds.${c.kind}`)}</th>
            {cell(c.new, 'new')}{cell(c.changed, 'changed')}{cell(c.conflicts, 'conflict')}{cell(c.identical, 'plain')}{cell(c.onlyOurs, 'plain')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
