import type { ReactNode } from 'react';
import type { timelineEn } from '../locales/timeline-en';
import { useTranslation } from 'react-i18next';

/** What each kind of mark means: a lawyer reading the timeline must not mistake a month for a day. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const item = (key: Exclude<keyof typeof timelineEn.legend, 'label'>, shape: ReactNode, className = 'timeline__mark--undisputed') => (
    <li className={className}>
      <svg width="30" height="14" aria-hidden="true">{shape}</svg>
      {t(`chronology.timeline.legend.${key}`)}
    </li>
  );
  return (
    <ul className="timeline__legend" aria-label={t('chronology.timeline.legend.label')}>
      {item('point', <circle className="timeline__point" cx="15" cy="7" r="5" />)}
      {item('band', <rect className="timeline__band" x="2" y="2" width="26" height="10" rx="2" />)}
      {item('around', <g><ellipse cx="15" cy="7" rx="10" ry="6" fill="url(#timeline-haze)" /><circle className="timeline__point" cx="15" cy="7" r="3" /></g>)}
      {item('before', <g className="timeline__open"><line x1="24" y1="1" x2="24" y2="13" /><line x1="24" y1="7" x2="8" y2="7" /><path d="M 3 7 l 7 -5 v 10 z" /></g>)}
      {item('after', <g className="timeline__open"><line x1="6" y1="1" x2="6" y2="13" /><line x1="6" y1="7" x2="22" y2="7" /><path d="M 27 7 l -7 -5 v 10 z" /></g>)}
      {item('disputed', <g><circle className="timeline__point" cx="9" cy="7" r="5" /><rect className="timeline__band" x="16" y="2" width="12" height="10" rx="2" /></g>, 'timeline__mark--disputed')}
    </ul>
  );
}
