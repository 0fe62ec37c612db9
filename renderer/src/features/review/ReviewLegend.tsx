import { useTranslation } from 'react-i18next';
import { useTagsInContext } from './use-case-tags';

/** Every key of review mode, one key (?) away. */
export function ReviewLegend({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const caseTags = useTagsInContext();
  const keys: [string, string][] = [
    ['J / ↓', t('review.mode.keys.next')],
    ['K / ↑', t('review.mode.keys.previous')],
    ['Enter', t('review.mode.keys.saveAndNext')],
    ['?', t('review.mode.keys.legend')],
    ['Esc', t('review.mode.keys.exit')],
    ...(caseTags?.tags ?? []).filter((tag) => tag.shortcut).map((tag): [string, string] => [tag.shortcut!.toUpperCase(), tag.name]),
  ];
  return (
    <div className="review-legend" role="dialog" aria-label={t('review.mode.legendTitle')}>
      <h4>{t('review.mode.legendTitle')}</h4>
      <dl>
        {keys.map(([key, what]) => (
          <div key={`${key}-${what}`}>
            <dt><kbd>{key}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>{t('review.mode.closeLegend')}</button>
    </div>
  );
}
