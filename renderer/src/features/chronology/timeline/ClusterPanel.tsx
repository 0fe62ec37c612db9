import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '@shared/domain/types';
import type { ClusterMark } from '@shared/chronology/timeline-layout';
import { displayLocale } from '../../../i18n/format-date';
import { FactButtonList } from './FactButtonList';
import { dayOf } from './timeline-text';

interface Props {
  cluster: ClusterMark;
  facts: readonly Fact[];
  onOpenFact(id: string): void;
  onZoom(): void;
  onClose(): void;
}

/** A cluster opened: its facts listed, each one click from opening, and a way to zoom into its period. */
export function ClusterPanel({ cluster, facts, onOpenFact, onZoom, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [cluster.key]);
  const heading = t('chronology.timeline.clusterHeading', {
    count: facts.length, from: dayOf(cluster.startMs, locale), to: dayOf(Math.max(cluster.startMs, cluster.endMs - 1), locale),
  });
  return (
    <section className="timeline__panel" aria-label={heading}>
      <div className="detail__header">
        <h3 ref={headingRef} tabIndex={-1}>{heading}</h3>
        <div className="button-row">
          <button type="button" onClick={onZoom}>{t('chronology.timeline.zoomInto')}</button>
          <button type="button" onClick={onClose}>{t('chronology.timeline.closeCluster')}</button>
        </div>
      </div>
      <FactButtonList facts={facts} onOpenFact={onOpenFact} />
    </section>
  );
}
