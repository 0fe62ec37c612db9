import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { registerColumns } from '../evidence/register/register-columns';

/** Show or hide register columns (the exhibit number always stays); the CSV export follows. */
export function ColumnsMenu() {
  const { t } = useTranslation();
  const hidden = useUiStore((s) => s.hiddenColumns);
  const setHidden = useUiStore((s) => s.setColumnHidden);
  return (
    <details className="columns-menu">
      <summary>{t('review.columns.label')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('review.columns.label')}</legend>
        {registerColumns.filter((c) => c.id !== 'exhibitNo').map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={!hidden.has(c.id)} onChange={(e) => setHidden(c.id, !e.target.checked)} />
            {t(`evidence.columns.${c.id}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
