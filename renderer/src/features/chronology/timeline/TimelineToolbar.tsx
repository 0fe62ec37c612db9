import { useTranslation } from 'react-i18next';
import { panDomain, zoomDomain, type TimeDomain } from '@shared/chronology/timeline-layout';
import { displayLocale } from '../../../i18n/format-date';
import { dayOf } from './timeline-text';

interface Props {
  domain: TimeDomain;
  isFitted: boolean;
  /** Null fits every fact again. */
  onChange(domain: TimeDomain | null): void;
}

/** Zoom in and out, move earlier and later, fit all; says which stretch of time is in view. */
export function TimelineToolbar({ domain, isFitted, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  // A zoom never goes tighter than a quarter of a day (fitDomain's floor is a day).
  const isTightest = domain.endMs - domain.startMs <= 6 * 3_600_000 + 1;
  return (
    <div role="toolbar" aria-label={t('chronology.timeline.tools')} className="timeline__toolbar">
      <button type="button" onClick={() => onChange(zoomDomain(domain, 2))} disabled={isTightest}>{t('chronology.timeline.zoomIn')}</button>
      <button type="button" onClick={() => onChange(zoomDomain(domain, 0.5))}>{t('chronology.timeline.zoomOut')}</button>
      <button type="button" onClick={() => onChange(panDomain(domain, -0.5))}>{t('chronology.timeline.earlier')}</button>
      <button type="button" onClick={() => onChange(panDomain(domain, 0.5))}>{t('chronology.timeline.later')}</button>
      <button type="button" onClick={() => onChange(null)} disabled={isFitted}>{t('chronology.timeline.fitAll')}</button>
      <span className="muted" aria-live="polite">{t('chronology.timeline.showing', { from: dayOf(domain.startMs, locale), to: dayOf(domain.endMs, locale) })}</span>
    </div>
  );
}
