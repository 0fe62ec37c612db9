import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { factViews, type FactDisplay } from './chronology-ui-slice';

const VIEW_KEYS = { all: 'all', undisputed: 'undisputed', 'by-issue': 'byIssue' } as const;
const displays: readonly FactDisplay[] = ['table', 'timeline'];

/** The ready-made views (all, undisputed, by issue) and, where it applies, table or timeline. */
export function ChronologyViewBar() {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.factView);
  const display = useUiStore((s) => s.factDisplay);
  const setView = useUiStore((s) => s.setFactView);
  const setDisplay = useUiStore((s) => s.setFactDisplay);
  return (
    <div className="view-bar">
      <div role="group" aria-label={t('chronology.views.label')} className="segmented">
        {factViews.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>{t(`chronology.views.${VIEW_KEYS[v]}`)}</button>
        ))}
      </div>
      {view !== 'by-issue' && (
        <div role="group" aria-label={t('chronology.display.label')} className="segmented">
          {displays.map((d) => (
            <button key={d} type="button" aria-pressed={display === d} onClick={() => setDisplay(d)}>{t(`chronology.display.${d}`)}</button>
          ))}
        </div>
      )}
    </div>
  );
}
