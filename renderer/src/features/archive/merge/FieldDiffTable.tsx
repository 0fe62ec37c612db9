import { useTranslation } from 'react-i18next';
import type { FieldChange } from '@shared/archive/merge/merge-preview-types';
import { formatMergeValue, humanField } from './format-merge-value';

/** One line per changed field: what this case holds, what the archive holds. */
export function FieldDiffTable({ fields, names, label }: { fields: FieldChange[]; names: ReadonlyMap<string, string>; label: string }) {
  const { t } = useTranslation();
  return (
    <table className="merge-diff" aria-label={label}>
      <thead>
        <tr><th scope="col">{t('archive.merge.field')}</th><th scope="col">{t('archive.merge.ours')}</th><th scope="col">{t('archive.merge.theirs')}</th></tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{t(`archive.merge.fields.${f.field}`, { defaultValue: humanField(f.field) })}</th>
            <td className="merge-diff__ours">{formatMergeValue(f.field, f.ours, names, t)}</td>
            <td className="merge-diff__theirs">{formatMergeValue(f.field, f.theirs, names, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
